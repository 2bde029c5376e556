// Store: voting rounds, this profile's ballots and the rounds' published results (docs/voting.md).

#include "core/store/store.h"

#include "core/store/store_sync_support.h"
#include "core/sync/account.h"
#include "core/sync/protocol.h"
#include "core/util/ids.h"
#include "core/util/json_writer.h"
#include "core/voting/ballot_rules.h"

#include <Poco/JSON/Array.h>

#include <algorithm>

namespace balgul::core {

using namespace detail;
using voting::BallotState;
using voting::LocalRound;
using voting::MyBallot;

namespace {

constexpr const char* kRoundColumns =
    "r.id, r.fields, r.author, r.version, r.local_only, "
    "EXISTS (SELECT 1 FROM outbox o WHERE o.entity = 'round' AND o.sync_key = r.id), "
    "EXISTS (SELECT 1 FROM round_results x WHERE x.round_id = r.id), "
    "coalesce((SELECT e.rejected_code FROM sync_entities e WHERE e.entity = 'round' AND e.id = r.id), ''), "
    "coalesce((SELECT e.rejected_message FROM sync_entities e WHERE e.entity = 'round' AND e.id = r.id), '')";

std::optional<LocalRound> readRound(const Statement& st)
{
    auto fields = sync::parseObject(st.text(1));
    if (!fields)
        return std::nullopt;
    auto info = voting::roundFromSyncFields(st.text(0), **fields);
    if (!info)
        return std::nullopt;
    LocalRound r;
    r.info = std::move(*info);
    r.author = st.text(2);
    r.version = st.int64(3);
    r.localOnly = st.int64(4) != 0;
    r.pending = st.int64(5) != 0;
    r.hasResults = st.int64(6) != 0;
    r.refusalCode = st.text(7);
    r.refusalMessage = st.text(8);
    return r;
}

BallotState ballotState(const std::string& text)
{
    if (text == "accepted")
        return BallotState::Accepted;
    if (text == "refused")
        return BallotState::Refused;
    return BallotState::Pending;
}

std::string stringArray(const std::vector<std::string>& items)
{
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i)
            out += ',';
        out += jsonQuote(items[i]);
    }
    out += ']';
    return out;
}

/// A round's fields as the protocol carries them (without `projects`, which is the hub's).
JsonObjectWriter roundFields(const voting::RoundDraft& d)
{
    JsonObjectWriter w;
    w.add("title", d.title);
    if (!d.description.empty())
        w.add("description", d.description);
    w.addRaw("pilot_ids", stringArray(d.pilotIds));
    w.add("ballot_type", std::string(voting::ballotTypeName(d.ballot.type)));
    w.add("rule", std::string(voting::ruleName(d.rule)));
    w.add("budget", static_cast<std::int64_t>(d.budget));
    if (d.minScore > 0)
        w.add("min_score", static_cast<std::int64_t>(d.minScore));
    if (d.ballot.minChoices > 0)
        w.add("min_choices", static_cast<std::int64_t>(d.ballot.minChoices));
    if (d.ballot.maxChoices > 0)
        w.add("max_choices", static_cast<std::int64_t>(d.ballot.maxChoices));
    if (d.ballot.maxTotalPoints > 0)
        w.add("max_points", static_cast<std::int64_t>(d.ballot.maxTotalPoints));
    if (d.ballot.maxPointsPerProject > 0)
        w.add("max_points_per_project", static_cast<std::int64_t>(d.ballot.maxPointsPerProject));
    w.add("opens", toIso8601(d.opens));
    w.add("closes", toIso8601(d.closes));
    if (!d.eligibleAccounts.empty())
        w.addRaw("eligible_accounts", stringArray(d.eligibleAccounts));
    if (!d.eligibleInvite.empty())
        w.add("eligible_invite", d.eligibleInvite);
    return w;
}

std::string withField(const std::string& fieldsJson, const std::string& name, const std::string& value)
{
    auto fields = sync::parseObject(fieldsJson);
    Poco::JSON::Object::Ptr o = fields ? *fields : Poco::JSON::Object::Ptr(new Poco::JSON::Object);
    o->set(name, value);
    return sync::stringify(o);
}

} // namespace

std::vector<LocalRound> Store::rounds()
{
    std::vector<LocalRound> out;
    auto st = m_db.prepare(std::string("SELECT ") + kRoundColumns +
                           " FROM rounds r WHERE r.deleted = 0 ORDER BY r.created DESC, r.id DESC");
    while (st.step())
        if (auto r = readRound(st))
            out.push_back(std::move(*r));
    return out;
}

std::optional<LocalRound> Store::round(const std::string& id)
{
    auto st = m_db.prepare(std::string("SELECT ") + kRoundColumns +
                           " FROM rounds r WHERE r.id = ? AND r.deleted = 0");
    st.bind(1, id);
    return st.step() ? readRound(st) : std::nullopt;
}

Result<LocalRound> Store::createRound(const voting::RoundDraft& draft)
{
    const auto account = sync::hubAccount(*this);
    if (account.known() && !account.isStaff())
        return Error::make("forbidden", "only a coordinator opens a voting round");
    std::vector<voting::Project> projects;
    for (std::size_t i = 0; i < draft.pilotIds.size(); ++i) {
        const std::string field = "pilot_ids[" + std::to_string(i) + "]";
        const auto p = pilot(draft.pilotIds[i]);
        if (!p)
            return Error::make("invalid_field", field + ": there is no such pilot", field);
        if (p->phase != pilots::PilotPhase::Voting)
            return Error::make("invalid_field", field + ": only pilots in the voting phase are candidates",
                               field);
        projects.push_back({p->id, p->fields.title, p->fields.costKrw, 0});
    }
    if (projects.empty())
        return Error::make("invalid_field", "pilot_ids: a round needs at least one pilot", "pilot_ids");
    std::vector<std::string> byAge = draft.pilotIds;
    std::sort(byAge.begin(), byAge.end());
    for (auto& p : projects)
        p.order = static_cast<int>(std::find(byAge.begin(), byAge.end(), p.id) - byAge.begin());
    const std::string id = newUuidV7();
    const std::string opFields = roundFields(draft).str();
    const std::string stored = withField(opFields, "projects", voting::projectsJson(projects));
    auto parsed = sync::parseObject(stored);
    if (!parsed)
        return Error::make("invalid_field", "the round's fields are not JSON");
    if (auto info = voting::roundFromSyncFields(id, **parsed); !info)
        return info.error();
    try {
        Transaction tx(m_db);
        auto st = m_db.prepare("INSERT INTO rounds (id, fields, author, created) VALUES (?, ?, ?, ?)");
        st.bind(1, id).bind(2, stored).bind(3, m_userName).bind(4, toUnixMs(now()));
        st.run();
        queueOp("upsert", "round", id, opFields, "", id);
        tx.commit();
    } catch (const SqlError& e) {
        return sqlFailure(e, m_path);
    }
    notify({StoreChange::Kind::VotingChanged, id, 0});
    return *round(id);
}

Status Store::closeRound(const std::string& id)
{
    const auto r = round(id);
    if (!r || r->localOnly)
        return Error::make("not_found", "there is no such voting round");
    const Timestamp at = now();
    if (r->stateAt(at) == voting::RoundState::Closed)
        return Error::make("round_closed", "the round has closed already");
    try {
        Transaction tx(m_db);
        auto read = m_db.prepare("SELECT fields FROM rounds WHERE id = ?");
        read.bind(1, id);
        read.step();
        const std::string closes = toIso8601(at);
        auto st = m_db.prepare("UPDATE rounds SET fields = ? WHERE id = ?");
        st.bind(1, withField(read.text(0), "closes", closes)).bind(2, id);
        st.run();
        queueOp("upsert", "round", id, JsonObjectWriter().add("closes", closes).str(), "", id);
        tx.commit();
    } catch (const SqlError& e) {
        return sqlFailure(e, m_path);
    }
    notify({StoreChange::Kind::VotingChanged, id, 0});
    return {};
}

Result<MyBallot> Store::castBallot(const std::string& roundId, const voting::Ballot& ballot)
{
    const auto r = round(roundId);
    if (!r || r->localOnly)
        return Error::make("not_found", "there is no such voting round");
    const Timestamp at = now();
    switch (r->stateAt(at)) {
    case voting::RoundState::Closed:
        return Error::make("round_closed", "the round closed at " + toIso8601(r->info.closes));
    case voting::RoundState::Upcoming:
        return Error::make("round_not_open", "the round opens at " + toIso8601(r->info.opens));
    case voting::RoundState::Open:
        break;
    }
    const auto problems = voting::checkBallot(r->info.round, ballot);
    if (!problems.empty())
        return Error::make("invalid_ballot", voting::describe(problems.front(), r->info.round), "choices");
    const std::string choices = voting::canonicalChoices(ballot);
    const std::string secret = voting::newBallotSecret();
    const std::string receipt = voting::ballotReceipt(roundId, choices, secret);
    try {
        Transaction tx(m_db);
        auto st = m_db.prepare("INSERT INTO ballots (round_id, choices, secret, receipt, cast_at, state) "
                               "VALUES (?1, ?2, ?3, ?4, ?5, "
                               "'pending') ON CONFLICT (round_id) DO UPDATE SET choices = ?2, secret = ?3, "
                               "receipt = ?4, cast_at = ?5, "
                               "state = 'pending', refusal_code = '', refusal_message = ''");
        st.bind(1, roundId).bind(2, choices).bind(3, secret).bind(4, receipt).bind(5, toUnixMs(at));
        st.run();
        // An earlier ballot of this round not sent yet goes no more: the latest counts.
        auto drop = m_db.prepare("DELETE FROM outbox WHERE entity = 'ballot' AND sync_key = ?");
        drop.bind(1, roundId);
        drop.run();
        queueOp("upsert", "ballot", roundId,
                JsonObjectWriter().add("choices", choices).add("receipt", receipt).str(), "", roundId);
        tx.commit();
    } catch (const SqlError& e) {
        return sqlFailure(e, m_path);
    }
    notify({StoreChange::Kind::VotingChanged, roundId, 0});
    return *myBallot(roundId);
}

std::optional<MyBallot> Store::myBallot(const std::string& roundId)
{
    auto st =
        m_db.prepare("SELECT choices, secret, receipt, cast_at, state, refusal_code, refusal_message, "
                     "accepted_choices, accepted_receipt, accepted_secret FROM ballots WHERE round_id = ?");
    st.bind(1, roundId);
    if (!st.step())
        return std::nullopt;
    MyBallot b;
    b.roundId = roundId;
    b.choices = st.text(0);
    if (auto parsed = voting::parseChoices(b.choices))
        b.ballot = std::move(*parsed);
    b.secret = st.text(1);
    b.receipt = st.text(2);
    b.cast = fromUnixMs(st.int64(3));
    b.state = ballotState(st.text(4));
    b.refusalCode = st.text(5);
    b.refusalMessage = st.text(6);
    b.acceptedChoices = st.text(7);
    b.acceptedReceipt = st.text(8);
    b.acceptedSecret = st.text(9);
    return b;
}

Status Store::storeRoundResults(const std::string& roundId, const std::string& json)
{
    try {
        auto st =
            m_db.prepare("INSERT OR REPLACE INTO round_results (round_id, json, fetched) VALUES (?, ?, ?)");
        st.bind(1, roundId).bind(2, json).bind(3, toUnixMs(now()));
        st.run();
    } catch (const SqlError& e) {
        return sqlFailure(e, m_path);
    }
    notify({StoreChange::Kind::VotingChanged, roundId, 0});
    return {};
}

std::optional<std::string> Store::roundResults(const std::string& roundId)
{
    auto st = m_db.prepare("SELECT json FROM round_results WHERE round_id = ?");
    st.bind(1, roundId);
    return st.step() ? std::optional<std::string>(st.text(0)) : std::nullopt;
}

Result<std::string> Store::addLocalRound(const voting::RoundInfo& info,
                                         const std::vector<voting::Ballot>& ballots)
{
    const std::string id = info.id.empty() ? newUuidV7() : info.id;
    voting::RoundInfo copy = info;
    copy.id = id;
    voting::RoundDraft d;
    d.title = info.title;
    d.description = info.description;
    d.ballot = info.round.ballot;
    d.rule = info.round.rule;
    d.budget = info.round.budget;
    d.minScore = info.round.minScore;
    d.opens = info.opens;
    d.closes = info.closes;
    for (const auto& p : info.round.projects)
        d.pilotIds.push_back(p.id);
    const std::string stored =
        withField(roundFields(d).str(), "projects", voting::projectsJson(info.round.projects));
    std::vector<voting::PublishedBallot> published;
    published.reserve(ballots.size());
    for (std::size_t i = 0; i < ballots.size(); ++i) {
        const std::string choices = voting::canonicalChoices(ballots[i]);
        published.push_back({voting::ballotReceipt(id, choices, "imported:" + std::to_string(i)), choices});
    }
    try {
        Transaction tx(m_db);
        auto st = m_db.prepare(
            "INSERT INTO rounds (id, fields, author, local_only, created) VALUES (?, ?, ?, 1, ?)");
        st.bind(1, id).bind(2, stored).bind(3, m_userName).bind(4, toUnixMs(now()));
        st.run();
        auto results =
            m_db.prepare("INSERT OR REPLACE INTO round_results (round_id, json, fetched) VALUES (?, ?, ?)");
        results.bind(1, id)
            .bind(2, voting::publishedResultsJson(copy, std::move(published)))
            .bind(3, toUnixMs(now()));
        results.run();
        tx.commit();
    } catch (const SqlError& e) {
        return sqlFailure(e, m_path);
    }
    notify({StoreChange::Kind::VotingChanged, id, 0});
    return id;
}

void Store::recordBallotAnswer(const std::string& roundId, const std::string& fieldsJson,
                               const sync::PushResult& r)
{
    auto fields = sync::parseObject(fieldsJson);
    if (!fields || !(*fields)->has("receipt"))
        return;
    const std::string receipt = (*fields)->getValue<std::string>("receipt");
    if (r.status == sync::OpStatus::Rejected) {
        auto& st =
            cachedStatement("UPDATE ballots SET state = 'refused', refusal_code = ?, refusal_message = ? "
                            "WHERE round_id = ? AND receipt = ?");
        st.bind(1, r.code.empty() ? std::string("rejected") : r.code)
            .bind(2, r.message)
            .bind(3, roundId)
            .bind(4, receipt);
        st.run();
    } else {
        auto& st =
            cachedStatement("UPDATE ballots SET state = 'accepted', accepted_choices = choices, "
                            "accepted_receipt = receipt, accepted_secret = secret WHERE round_id = ? AND "
                            "receipt = ?");
        st.bind(1, roundId).bind(2, receipt);
        st.run();
    }
    notify({StoreChange::Kind::VotingChanged, roundId, 0});
}

void Store::applyVotingChange(const sync::Change& change, const Poco::JSON::Object::Ptr& fields, bool pending)
{
    if (change.entity == "round") {
        if (change.deleted) {
            cachedStatement("UPDATE rounds SET deleted = 1 WHERE id = ?").bind(1, change.id).run();
        } else {
            // A change of this profile's not answered yet keeps the local fields until it is.
            Poco::JSON::Object::Ptr copy = new Poco::JSON::Object(*fields);
            copy->remove("owner_id");
            auto& st = cachedStatement(
                "INSERT INTO rounds (id, fields, author, version, created) VALUES (?1, ?2, ?3, ?4, ?5) "
                "ON CONFLICT (id) DO UPDATE SET fields = CASE WHEN ?6 THEN fields ELSE ?2 END, author = ?3, "
                "version = ?4, deleted = 0");
            st.bind(1, change.id).bind(2, sync::stringify(copy)).bind(3, stringOf(fields, "author"));
            st.bind(4, change.version).bind(5, toUnixMs(now())).bind(6, pending ? 1 : 0);
            st.run();
        }
        return; // the pull tells listeners once its pages are in (StoreChange::Kind::Reset)
    }
    // This account's ballot as the hub counts it (cast here, or on another of the voter's devices).
    const std::string roundId = stringOf(fields, "round_id", change.id.substr(0, change.id.find(':')));
    if (pending)
        return;
    if (change.deleted) {
        cachedStatement("DELETE FROM ballots WHERE round_id = ?").bind(1, roundId).run();
    } else {
        const std::string choices = stringOf(fields, "choices");
        const std::string receipt = stringOf(fields, "receipt");
        // Cast elsewhere: this computer does not know that ballot's secret.
        auto& st = cachedStatement(
            "INSERT INTO ballots (round_id, choices, secret, receipt, cast_at, state, accepted_choices, "
            "accepted_receipt) VALUES (?1, ?2, '', ?3, ?4, 'accepted', ?2, ?3) ON CONFLICT (round_id) DO "
            "UPDATE SET "
            "accepted_secret = CASE WHEN receipt = ?3 THEN secret WHEN accepted_receipt = ?3 THEN "
            "accepted_secret "
            "ELSE '' END, secret = CASE WHEN receipt = ?3 THEN secret ELSE '' END, choices = ?2, receipt = "
            "?3, "
            "state = 'accepted', refusal_code = '', refusal_message = '', accepted_choices = ?2, "
            "accepted_receipt = ?3");
        st.bind(1, roundId).bind(2, choices).bind(3, receipt).bind(4, toUnixMs(now()));
        st.run();
    }
}

} // namespace balgul::core
