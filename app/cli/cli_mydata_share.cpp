// `balgul-cli mydata consent|preview|share|withdraw|receipt`: consents given to the hub, the rows a
// share would send (the same rows it sends), the share itself, withdrawal with the hub's signed
// erasure receipt, and the receipts kept.

#include "app/cli/cli_mydata.h"

#include "app/cli/cli_support.h"
#include "core/mydata/mydata_sync.h"
#include "core/pilots/pilot.h"
#include "core/util/json_writer.h"
#include "core/util/text.h"
#include "core/util/time.h"

#include <iostream>
#include <sstream>

namespace balgul::cli::mydata_cli {

namespace {

using namespace core::mydata;

constexpr std::int64_t kDay = 86400;
constexpr const char* kDefaultWithdrawal =
    "Withdraw at any time in Balgul (MyData, Consents, Withdraw) or with `balgul-cli mydata withdraw "
    "CONSENT`; "
    "the hub then erases every row shared under the consent and signs a receipt of the erasure";

std::int64_t nowSeconds()
{
    return core::toUnixMs(core::now()) / 1000;
}

std::vector<std::string> splitList(const std::string& text)
{
    std::vector<std::string> out;
    std::stringstream in(text);
    std::string word;
    while (std::getline(in, word, ','))
        out.push_back(word);
    return out;
}

std::string joinCategories(const std::vector<Category>& categories)
{
    std::string out;
    for (const Category c : categories)
        out += (out.empty() ? "" : ",") + std::string(toString(c));
    return out;
}

/// A consent of the profile by its id or a unique beginning of it.
core::Result<StoredConsent> findConsent(core::Store& store, const std::string& word)
{
    auto all = loadConsents(store);
    if (!all)
        return all.error();
    std::vector<const StoredConsent*> found;
    for (const StoredConsent& c : *all) {
        if (c.consent.id == word)
            return c;
        if (!word.empty() && c.consent.id.rfind(word, 0) == 0)
            found.push_back(&c);
    }
    if (found.size() == 1)
        return *found.front();
    if (found.size() > 1)
        return core::Error::make("ambiguous", "several consents begin with " + word + "; give more of the id",
                                 "consent");
    return core::Error::make(
        "not_found", "no consent " + word + " in this profile (see `mydata consent list`)", "consent");
}

/// --home LAT,LON: the place whose cell is withheld (it never leaves this computer).
core::Result<MinimizeContext> contextFrom(const Args& args)
{
    MinimizeContext context;
    const std::string home = args.option("home");
    if (home.empty())
        return context;
    const auto parts = splitList(home);
    const auto lat = parts.size() == 2 ? decimalNumber(parts[0], -90, 90) : std::nullopt;
    const auto lon = parts.size() == 2 ? decimalNumber(parts[1], -180, 180) : std::nullopt;
    if (!lat || !lon)
        return core::Error::make("usage", "--home takes LAT,LON in degrees (36.35,127.38)", "home");
    context.home = Place{*lat, *lon};
    return context;
}

/// The consent the options of `consent give` describe, not yet given.
core::Result<Consent> draftFrom(const Args& args, core::Store& store, const core::sync::HubEndpoint& endpoint)
{
    const auto bad = [](const std::string& message, const char* option) {
        return core::Error::make("usage", message, option);
    };
    Consent draft;
    draft.purpose = args.option("purpose");
    if (draft.purpose.empty())
        return bad("consent give needs --purpose TEXT: what the recipient will do with the rows", "purpose");
    draft.purposeCategory = args.option("purpose-category");
    if (draft.purposeCategory.empty())
        return bad("consent give needs --purpose-category TERM (a DPV purpose, dpv:PublicBenefit, …)",
                   "purpose-category");
    if (draft.purposeCategory.find(':') == std::string::npos)
        draft.purposeCategory = "dpv:" + draft.purposeCategory;
    if (!isPurposeCategory(draft.purposeCategory)) {
        std::string terms;
        for (const auto term : purposeCategories())
            terms += (terms.empty() ? "" : ", ") + std::string(term);
        return bad("--purpose-category takes one of " + terms, "purpose-category");
    }

    const std::string categories = args.option("categories");
    if (categories.empty())
        return bad("consent give needs --categories a,b (electricity, gas, mobility, steps, heart_rate, "
                   "walking_distance)",
                   "categories");
    for (const std::string& word : splitList(categories)) {
        const auto c = categoryFromString(word);
        if (!c)
            return bad("--categories: " + word +
                           " is not one of electricity, gas, mobility, steps, heart_rate, "
                           "walking_distance",
                       "categories");
        draft.categories.push_back(*c);
    }
    const auto aggregate = aggregateFromString(args.option("aggregate", "daily"));
    if (!aggregate)
        return bad("--aggregate takes raw, hourly, daily or monthly", "aggregate");
    draft.aggregate = *aggregate;
    const auto grid = core::geo::precisionFromString(args.option("grid", "1km"));
    if (!grid || !isGridAllowed(*grid, draft.categories))
        return bad("--grid takes 250m, 500m or 1km (exact only without mobility, and then no places leave)",
                   "grid");
    draft.grid = *grid;
    const auto retention =
        wholeNumber(args.option("retention-days", "365"), 1, consent_limits::kMaxRetentionDays);
    if (!retention)
        return bad("--retention-days takes a number of days from 1 to 3650", "retention-days");
    draft.retentionDays = *retention;
    const std::int64_t given = nowSeconds();
    draft.expires = given + 365 * kDay;
    if (const std::string text = args.option("expires"); !text.empty()) {
        const auto t = core::parseIso8601(text);
        if (!t || core::toUnixMs(*t) / 1000 <= given)
            return bad("--expires takes a date or time after now (2027-03-31 or 2027-03-31T00:00:00Z)",
                       "expires");
        draft.expires = core::toUnixMs(*t) / 1000;
    }
    draft.withdrawal = args.option("withdrawal", kDefaultWithdrawal);

    const std::string kind = args.option("recipient", "hub");
    const auto recipientKind = recipientKindFromString(kind);
    if (!recipientKind)
        return bad("--recipient takes hub, lab or pilot", "recipient");
    draft.recipient.kind = *recipientKind;
    std::string name = args.option("recipient-name");
    if (*recipientKind == RecipientKind::Pilot) {
        draft.recipient.id = args.option("pilot");
        if (draft.recipient.id.empty())
            return bad("--recipient pilot needs --pilot ID", "pilot");
        if (name.empty())
            if (const auto pilot = store.pilot(draft.recipient.id))
                name = pilot->fields.title;
        if (name.empty())
            name = draft.recipient.id;
    } else {
        if (!args.option("pilot").empty())
            return bad("--pilot is for --recipient pilot", "pilot");
        draft.recipient.id = endpoint.url;
        if (name.empty()) {
            auto hubName = fetchHubName(endpoint);
            if (!hubName)
                return hubName.error();
            name = *recipientKind == RecipientKind::Hub ? *hubName : "the living lab of " + *hubName;
        }
    }
    draft.recipient.name = name;
    return newConsent(draft, given);
}

void printNotice(const Consent& consent)
{
    const PipaNotice n = pipaNotice(consent);
    std::cout << "  purpose: " << n.purpose << " (" << n.purposeCategory << ")\n"
              << "  recipient: " << n.recipientName << " (" << toString(n.recipientKind) << ")\n"
              << "  items: " << joinCategories(n.items) << ", " << toString(n.aggregate) << " sums and means";
    if (n.carriesPlaces)
        std::cout << ", places as " << core::geo::toString(n.grid) << " cells"
                  << (n.withholdsHomeCell ? " without the home's and the night-time place's cells" : "");
    else
        std::cout << ", no places";
    std::cout << '\n';
    if (n.sensitive)
        std::cout << "  health data (sensitive information): heart rate, steps or walking distance\n";
    std::cout << "  kept " << n.retentionDays << " days by the recipient; no rows leave from "
              << isoTime(n.expires) << "\n  withdrawal: " << n.withdrawal << "\n  you may refuse: "
              << (n.refusalCost == "none" ? "nothing is shared and nothing else in Balgul changes"
                                          : "the pilot's evidence is gathered without your rows")
              << '\n';
}

int give(const Args& args)
{
    auto store = openExistingStore(args.storePath);
    if (!store)
        return failed(store.error());
    auto endpoint = hubEndpoint(args, **store);
    if (!endpoint)
        return usage(endpoint.error().message);
    auto draft = draftFrom(args, **store, *endpoint);
    if (!draft)
        return draft.error().code == "usage" ? usage(draft.error().message) : failed(draft.error());
    auto given = giveConsent(**store, *draft, *endpoint);
    if (!given) {
        if (auto kept = loadConsent(**store, draft->id); kept && kept->state == LocalConsentState::Pending)
            std::cerr << "the consent " << draft->id << " is kept here, pending; `balgul-cli mydata share "
                      << draft->id << "` registers it once the hub answers\n";
        return failed(given.error());
    }
    std::cout << "consent " << given->consent.id << " given\n";
    printNotice(given->consent);
    std::cout << "kept its consent receipt (Kantara v1.1: `balgul-cli mydata receipt " << given->consent.id
              << " --kantara`); `balgul-cli mydata preview " << given->consent.id
              << "` shows what would leave\n";
    return kOk;
}

int listConsents(const Args& args)
{
    auto store = openExistingStore(args.storePath);
    if (!store)
        return failed(store.error());
    auto all = loadConsents(**store);
    if (!all)
        return failed(all.error());
    std::cout << "id\tstate\tnow\tcategories\taggregate\tgrid\trecipient\tgiven\texpires\n";
    const std::int64_t now = nowSeconds();
    for (const StoredConsent& c : *all)
        std::cout << c.consent.id << '\t' << toString(c.state) << '\t' << toString(status(c.consent, now))
                  << '\t' << joinCategories(c.consent.categories) << '\t' << toString(c.consent.aggregate)
                  << '\t' << core::geo::toString(c.consent.grid) << '\t' << toString(c.consent.recipient.kind)
                  << ':' << c.consent.recipient.name << '\t' << isoTime(c.consent.given) << '\t'
                  << isoTime(c.consent.expires) << '\n';
    return kOk;
}

std::string summaryJson(const std::vector<CategoryPreview>& summary)
{
    std::string out = "[";
    for (const CategoryPreview& p : summary) {
        out += out.size() > 1 ? "," : "";
        out += core::JsonObjectWriter()
                   .add("category", toString(p.category))
                   .add("rows", static_cast<std::int64_t>(p.rows))
                   .add("readings", p.readings)
                   .str();
    }
    return out + "]";
}

std::string reportJson(const MinimizeReport& r)
{
    return core::JsonObjectWriter()
        .add("rows_withheld_home", r.rowsWithheldHome)
        .add("rows_withheld_night_place", r.rowsWithheldNightPlace)
        .add("points_untimed", r.pointsUntimed)
        .add("points_unusable", r.pointsUnusable)
        .add("readings_unusable", r.readingsUnusable)
        .add("blocks_outside_consent", r.blocksOutsideConsent)
        .str();
}

void printWithheld(const MinimizeReport& r)
{
    if (r.rowsWithheldHome || r.rowsWithheldNightPlace)
        std::cout << "withheld: " << r.rowsWithheldHome << " rows in the home's cell, "
                  << r.rowsWithheldNightPlace << " in the night-time place's\n";
    if (r.pointsUntimed || r.pointsUnusable || r.readingsUnusable)
        std::cout << "left out: " << r.pointsUntimed << " track points without a time, " << r.pointsUnusable
                  << " with unusable coordinates, " << r.readingsUnusable << " unusable readings\n";
}

int preview(const Args& args, const std::string& word)
{
    auto context = contextFrom(args);
    if (!context)
        return usage(context.error().message);
    auto open = openUnlockedVault(args);
    if (!open)
        return failed(open.error());
    auto consent = findConsent(*open->store, word);
    if (!consent)
        return failed(consent.error());
    auto plan = previewShare(*open->store, *open->vault, consent->consent.id, *context);
    if (!plan)
        return failed(plan.error());
    std::vector<SharedRow> leaving = plan->pending;
    leaving.insert(leaving.end(), plan->rows.begin(), plan->rows.end());
    if (args.flag("json")) {
        // What is said of the rows, then the rows as they go to the hub ({"rows":[…]} of a batch).
        std::string head = core::JsonObjectWriter()
                               .add("consent_id", plan->consent.id)
                               .add("count", static_cast<std::int64_t>(leaving.size()))
                               .add("pending_rows", static_cast<std::int64_t>(plan->pending.size()))
                               .add("already_shared", plan->alreadyShared)
                               .addRaw("summary", summaryJson(plan->summary))
                               .addRaw("report", reportJson(plan->report))
                               .str();
        head.pop_back();
        std::cout << head << ',' << encodeSharedRows(leaving).substr(1) << '\n';
        return kOk;
    }
    std::cout << "consent " << plan->consent.id << ": " << joinCategories(plan->consent.categories) << ", "
              << toString(plan->consent.aggregate) << ", to " << plan->consent.recipient.name << '\n'
              << leaving.size() << " rows would leave";
    if (!plan->pending.empty())
        std::cout << " (" << plan->pending.size() << " of them sent before in " << plan->pendingBatches
                  << " batches whose answer never came: sent again as they were)";
    std::cout << "; " << plan->alreadyShared << " already on the hub, unchanged\n";
    for (const CategoryPreview& p : plan->summary)
        std::cout << "  " << toString(p.category) << ": " << p.rows << " rows from " << p.readings
                  << " readings\n";
    printWithheld(plan->report);
    return kOk;
}

int share(const Args& args, const std::string& word)
{
    auto context = contextFrom(args);
    if (!context)
        return usage(context.error().message);
    ShareOptions options;
    if (const std::string batch = args.option("batch"); !batch.empty()) {
        const auto n = wholeNumber(batch, 1, static_cast<std::int64_t>(share_limits::kMaxRowsPerBatch));
        if (!n)
            return usage("--batch takes a number of rows from 1 to 10000");
        options.batchSize = static_cast<std::size_t>(*n);
    }
    auto open = openUnlockedVault(args);
    if (!open)
        return failed(open.error());
    auto consent = findConsent(*open->store, word);
    if (!consent)
        return failed(consent.error());
    auto endpoint = hubEndpoint(args, *open->store);
    if (!endpoint)
        return usage(endpoint.error().message);
    auto report =
        shareUnderConsent(*open->store, *open->vault, consent->consent.id, *endpoint, *context, options);
    if (!report)
        return failed(report.error());
    std::cout << "sent " << report->rowsSent << " rows in " << report->batches
              << " batches: " << report->added << " new on the hub, " << report->replaced << " replaced; "
              << report->alreadyShared << " already there, unchanged\n";
    if (report->batchesSentAgain > 0)
        std::cout << report->batchesSentAgain
                  << " of the batches were sent before and their answer lost: the hub counted them once\n";
    printWithheld(report->report);
    return kOk;
}

std::string erasedText(const ErasureReceipt& r)
{
    std::string out;
    for (const auto& [category, n] : r.erased)
        out += (out.empty() ? "" : ", ") + category + " " + std::to_string(n);
    return out.empty() ? "none" : out;
}

int withdrawCommand(const Args& args, const std::string& word)
{
    auto store = openExistingStore(args.storePath);
    if (!store)
        return failed(store.error());
    auto consent = findConsent(**store, word);
    if (!consent)
        return failed(consent.error());
    auto endpoint = hubEndpoint(args, **store);
    if (!endpoint)
        return usage(endpoint.error().message);
    auto outcome = withdrawConsent(**store, consent->consent.id, *endpoint);
    if (!outcome)
        return failed(outcome.error());
    if (!outcome->receipt) {
        std::cout << "consent " << consent->consent.id
                  << " withdrawn here; the hub never had it, so nothing of it left this computer\n";
        return kOk;
    }
    const ErasureReceipt& r = *outcome->receipt;
    std::cout << "consent " << r.consentId << " " << r.reason << ": the hub " << r.hub << " erased "
              << r.rowsErased() << " rows (" << erasedText(r) << ") at " << isoTime(r.erasedAt) << '\n'
              << "its receipt verifies against the hub's key " << r.keyId
              << (outcome->keptBefore ? " and was kept already\n" : " and is kept\n");
    return kOk;
}

int receipt(const Args& args, const std::string& word)
{
    auto store = openExistingStore(args.storePath);
    if (!store)
        return failed(store.error());
    auto consent = findConsent(**store, word);
    if (!consent)
        return failed(consent.error());
    auto receipts = loadReceipts(**store, consent->consent.id);
    if (!receipts)
        return failed(receipts.error());
    const std::string kind = args.flag("kantara") ? "consent" : "erasure";
    const StoredReceipt* found = nullptr;
    for (const StoredReceipt& r : *receipts)
        if (r.kind == kind)
            found = &r;
    if (!found)
        return failed(core::Error::make(
            "not_found",
            kind == "consent" ? "no consent receipt: the hub has not taken the consent"
                              : "no erasure receipt: the consent is " + std::string(toString(consent->state)),
            "consent"));
    if (kind == "consent") {
        std::cout << found->json << '\n';
        return kOk;
    }
    std::cout << found->json << '\n';
    std::string hub = args.option("hub");
    if (hub.empty())
        hub = (*store)->syncValue("hub_url");
    auto key = pinnedHubKey(**store, hub);
    if (!key)
        return failed(key.error());
    if (!*key)
        return failed(
            core::Error::make("no_hub_key", "no key of " + hub + " is pinned in this profile to check it"));
    auto verified = verifyErasureReceipt(found->json, **key);
    if (!verified)
        return failed(verified.error());
    std::cout << "verifies against the hub's key " << verified->keyId << ": " << verified->reason << ", "
              << verified->rowsErased() << " rows erased (" << erasedText(*verified) << ") at "
              << isoTime(verified->erasedAt) << '\n';
    return kOk;
}

} // namespace

int runMydataSharing(const Args& args, const std::vector<std::string>& words)
{
    const std::string& what = words.front();
    if (what == "consent") {
        if (words.size() == 2 && words[1] == "give")
            return give(args);
        if (words.size() == 2 && words[1] == "list")
            return listConsents(args);
        return usage("mydata consent give [options] | mydata consent list");
    }
    const bool one = words.size() == 2;
    if (what == "preview")
        return one ? preview(args, words[1]) : usage("mydata preview CONSENT [--json]");
    if (what == "share")
        return one ? share(args, words[1]) : usage("mydata share CONSENT [--batch N]");
    if (what == "withdraw")
        return one ? withdrawCommand(args, words[1]) : usage("mydata withdraw CONSENT");
    if (what == "receipt")
        return one ? receipt(args, words[1]) : usage("mydata receipt CONSENT [--kantara]");
    return usage("mydata has no command " + what);
}

} // namespace balgul::cli::mydata_cli
