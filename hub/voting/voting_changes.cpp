#include "hub/voting/voting_changes.h"

#include "hub/sync/entity_rules.h"

#include "core/util/ids.h"
#include "core/voting/ballot_rules.h"
#include "core/voting/receipt.h"
#include "core/voting/round_json.h"

#include <Poco/JSON/Array.h>

#include <algorithm>

namespace balgul::hub {

namespace {

using core::Error;
using core::sync::Op;
using core::sync::OpKind;

std::string when(core::Timestamp t)
{
    return core::toIso8601(t);
}

} // namespace

bool isVotingEntity(const std::string& entity)
{
    return entity == "round" || entity == "ballot";
}

std::optional<core::Timestamp> roundTime(const EntityState& round, const char* name)
{
    if (!round.fields || !round.fields->has(name) || !round.fields->get(name).isString())
        return std::nullopt;
    return core::parseIso8601(round.fields->getValue<std::string>(name));
}

core::Status authorizeVotingOp(const User& user, const Op& op, const EntityState* current,
                               const EntityState* round, core::Timestamp now)
{
    const bool staff = user.role != Role::Citizen;
    if (op.entity == "round") {
        if (!staff)
            return Error::make("forbidden", "only a coordinator may open, change or close a voting round");
        if (!current || current->deleted)
            return {};
        const auto opens = roundTime(*current, "opens");
        const auto closes = roundTime(*current, "closes");
        const bool opened = opens && *opens <= now;
        const bool closed = closes && *closes <= now;
        if (op.kind == OpKind::Delete)
            return opened ? Error::make("forbidden", "a round that has opened stays; close it instead")
                          : core::Status{};
        if (closed)
            return Error::make("round_closed",
                               "the round closed at " + when(*closes) + "; it changes no more");
        if (opened)
            for (const auto& [name, value] : *op.fields) {
                const bool same = current->fields->has(name) && sameValue(current->fields->get(name), value);
                if (name != "closes" && !same)
                    return Error::make("forbidden", "a round's rules are fixed once it opens; only its "
                                                    "closing time may move earlier (" +
                                                        name + ")");
            }
        return {};
    }
    // A ballot, keyed by the account: one can only ever touch one's own.
    if (!round || round->deleted)
        return Error::make("not_found", "there is no such voting round");
    const auto opens = roundTime(*round, "opens");
    const auto closes = roundTime(*round, "closes");
    if (closes && *closes <= now)
        return Error::make("round_closed",
                           "the round closed at " + when(*closes) + "; ballots are no longer taken");
    if (opens && now < *opens)
        return Error::make("round_not_open", "the round opens at " + when(*opens));
    if (round->fields && round->fields->has("eligible_accounts")) {
        const auto accounts = round->fields->getArray("eligible_accounts");
        if (accounts && accounts->size() > 0) {
            bool listed = false;
            for (std::size_t i = 0; i < accounts->size() && !listed; ++i)
                listed = accounts->get(static_cast<unsigned>(i)).toString() == user.id;
            if (!listed)
                return Error::make("not_eligible", "this round is open to a named group of accounts only");
        }
    }
    if (round->fields && round->fields->has("eligible_invite")) {
        const std::string invite = round->fields->get("eligible_invite").toString();
        if (!invite.empty() && user.inviteId != invite)
            return Error::make("not_eligible",
                               "this round is open only to the accounts that joined with invite " + invite);
    }
    (void)current;
    return {};
}

core::Status prepareRoundChange(HubTransaction& tx, const Op& op, const EntityState* stored,
                                VotingFieldChanges& changes, core::Timestamp now,
                                const std::function<bool(const std::string& inviteId)>& inviteExists)
{
    Poco::JSON::Object merged;
    if (stored && stored->fields)
        merged = *stored->fields;
    for (auto& [name, value] : changes) {
        if (name == "closes" && value.isString()) {
            // Closing now (or at any time already past) is closing by the hub's clock.
            const auto t = core::parseIso8601(value.extract<std::string>());
            if (t && *t <= now)
                value = core::toIso8601(now);
            if (stored && !stored->deleted) {
                const auto before = roundTime(*stored, "closes");
                const auto opens = roundTime(*stored, "opens");
                if (t && before && opens && *opens <= now && *t > *before)
                    return Error::make("invalid_field",
                                       "closes: an open round's closing may only move earlier", "closes");
            }
        }
        if (name == "eligible_invite" && value.isString()) {
            const std::string invite = value.extract<std::string>();
            if (!invite.empty() && !inviteExists(invite))
                return Error::make("invalid_field", "eligible_invite: this hub has no invite " + invite,
                                   "eligible_invite");
        }
        merged.set(name, value);
    }
    const bool newCandidates =
        !stored || stored->deleted ||
        std::any_of(changes.begin(), changes.end(), [](const auto& c) { return c.first == "pilot_ids"; });
    if (newCandidates) {
        const auto ids = merged.getArray("pilot_ids");
        std::vector<core::voting::Project> projects;
        for (std::size_t i = 0; ids && i < ids->size(); ++i) {
            const std::string id = ids->get(static_cast<unsigned>(i)).toString();
            const std::string field = "pilot_ids[" + std::to_string(i) + "]";
            const auto pilot = tx.loadEntity("pilot", id);
            if (!pilot || pilot->deleted || !pilot->fields)
                return Error::make("invalid_field", field + ": there is no such pilot", field);
            if (!pilot->fields->has("phase") || pilot->fields->get("phase").toString() != "voting")
                return Error::make("invalid_field",
                                   field + ": only pilots in the voting phase are candidates", field);
            if (std::any_of(projects.begin(), projects.end(), [&id](const auto& p) { return p.id == id; }))
                return Error::make("invalid_field", field + ": the pilot is listed twice", field);
            core::voting::Project p;
            p.id = id;
            p.name = pilot->fields->has("title") ? pilot->fields->get("title").toString() : std::string();
            p.cost = pilot->fields->has("cost_krw") && pilot->fields->get("cost_krw").isNumeric()
                         ? pilot->fields->get("cost_krw").convert<std::int64_t>()
                         : 0;
            projects.push_back(std::move(p));
        }
        // The earlier submitted pilot first: pilot ids are time-ordered UUIDs.
        std::vector<std::string> byAge;
        for (const auto& p : projects)
            byAge.push_back(p.id);
        std::sort(byAge.begin(), byAge.end());
        for (auto& p : projects)
            p.order = static_cast<int>(std::find(byAge.begin(), byAge.end(), p.id) - byAge.begin());
        const std::string text = core::voting::projectsJson(projects);
        changes.emplace_back("projects", text);
        merged.set("projects", text);
    }
    auto info = core::voting::roundFromSyncFields(op.id, merged);
    if (!info)
        return info.error();
    return {};
}

RoundCache::Entry& RoundCache::keep(const EntityState& round)
{
    if (m_entries.size() >= kMaxRounds && !m_entries.count(round.id))
        clear();
    return m_entries.insert_or_assign(round.id, Entry{round, std::nullopt}).first->second;
}

void RoundCache::beginTransaction()
{
    for (auto& [id, entry] : m_entries)
        entry.current = false;
}

void RoundCache::changedHere(const std::string& id)
{
    if (auto it = m_entries.find(id); it != m_entries.end())
        it->second.current = false;
}

std::optional<EntityState> RoundCache::load(HubTransaction& tx, const std::string& id)
{
    const auto it = m_entries.find(id);
    if (it != m_entries.end() && it->second.current)
        return it->second.state;
    const auto version = tx.entityVersion("round", id);
    if (!version)
        return std::nullopt;
    Entry* entry = it != m_entries.end() && it->second.state.seq == *version ? &it->second : nullptr;
    if (!entry) {
        auto round = tx.loadEntity("round", id);
        if (!round)
            return std::nullopt;
        entry = &keep(*round);
    }
    entry->current = true;
    return entry->state;
}

const core::Result<core::voting::RoundInfo>& RoundCache::rulesOf(const EntityState& round)
{
    auto it = m_entries.find(round.id);
    Entry& entry = it != m_entries.end() && it->second.state.seq == round.seq ? it->second : keep(round);
    if (!entry.rules)
        entry.rules = entry.state.fields ? core::voting::roundFromSyncFields(round.id, *entry.state.fields)
                                         : core::Result<core::voting::RoundInfo>(
                                               Error::make("invalid_field", "the round has no fields"));
    return *entry.rules;
}

core::Status checkBallotOp(const Op& op, const EntityState& round, RoundCache& rounds)
{
    if (op.kind != OpKind::Upsert)
        return {};
    for (const char* name : {"choices", "receipt"})
        if (!op.fields->has(name))
            return Error::make("invalid_field",
                               std::string(name) + ": a ballot carries its choices and its receipt together",
                               name);
    auto ballot = core::voting::parseChoices(op.fields->getValue<std::string>("choices"));
    if (!ballot)
        return ballot.error();
    const auto& info = rounds.rulesOf(round);
    if (!info)
        return Error::make("invalid_ballot", "the round cannot take ballots: " + info.error().message);
    const auto problems = core::voting::checkBallot(info->round, *ballot);
    if (!problems.empty())
        return Error::make("invalid_ballot", core::voting::describe(problems.front(), info->round),
                           "choices");
    return {};
}

} // namespace balgul::hub
