#pragma once

// Rounds and ballots in a push (docs/voting.md): who may open, change and close a round, when a
// ballot is taken, and what both must hold. The rules of a ballot are core/voting's; this applies
// them to ops and the hub's rows, by the hub's clock.

#include "hub/sync/hub_storage.h"

#include "core/sync/protocol.h"
#include "core/util/result.h"
#include "core/util/time.h"
#include "core/voting/round_json.h"

#include <Poco/Dynamic/Var.h>

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace balgul::hub {

/// round or ballot.
bool isVotingEntity(const std::string& entity);

/// A round's time field (`opens`, `closes`) as stored; nullopt when it is missing or not a time.
std::optional<core::Timestamp> roundTime(const EntityState& round, const char* name);

/// authorize() for rounds and ballots, once the generic checks passed (`round` is the round a
/// ballot hangs on, live for an upsert). Staff open a round, change it until it opens, then only
/// move its closing earlier (closing it); it is deleted only before it opens. A ballot is taken
/// from an eligible account (every one; those listed in `eligible_accounts`; those that registered
/// with the invite `eligible_invite`) between the round's opening and closing by the hub's clock.
/// Errors: `forbidden`, `round_not_open`, `round_closed`, `not_eligible`.
core::Status authorizeVotingOp(const User& user, const core::sync::Op& op, const EntityState* current,
                               const EntityState* round, core::Timestamp now);

using VotingFieldChanges = std::vector<std::pair<std::string, Poco::Dynamic::Var>>;

/// Checks a round op after the field merge (`stored` absent when the op makes it): the candidates
/// are live pilots in the voting phase, whose costs and titles the hub fixes in `projects` (added to
/// `changes`); a closing time at or before `now` becomes `now`; an `eligible_invite` names an invite
/// of this hub (`inviteExists`); the round as a whole keeps core::voting::roundFromSyncFields()'s
/// rules. Error `invalid_field` naming the field.
core::Status prepareRoundChange(HubTransaction& tx, const core::sync::Op& op, const EntityState* stored,
                                VotingFieldChanges& changes, core::Timestamp now,
                                const std::function<bool(const std::string& inviteId)>& inviteExists);

/// The rounds whose ballots a hub process takes, each read from the store and its rules checked
/// once per version (its seq): a thousand ballots on one round read its row and parse its fields
/// once, and ask the store for its version once per transaction (beginTransaction()), again only
/// after a round op of that transaction (changedHere()). Versions a failed transaction gave are
/// forgotten with clear(), since the next transaction may give them again. Not thread-safe: pushes
/// are applied one group at a time.
class RoundCache
{
public:
    /// The round `id` as `tx` sees it (nullopt when the store has none). Its fields object is the
    /// cache's: read it, never change it.
    std::optional<EntityState> load(HubTransaction& tx, const std::string& id);
    /// The round's rules (its fields checked as roundFromSyncFields() does).
    const core::Result<core::voting::RoundInfo>& rulesOf(const EntityState& round);
    /// A new transaction: every round's version is asked again (another may have changed it).
    void beginTransaction();
    /// An op of this transaction changes the round `id`: its version is asked again.
    void changedHere(const std::string& id);
    void clear() { m_entries.clear(); }

private:
    static constexpr std::size_t kMaxRounds = 64;
    struct Entry
    {
        EntityState state;
        std::optional<core::Result<core::voting::RoundInfo>> rules;
        bool current = false; ///< its version is this transaction's (asked, no round op since)
    };
    Entry& keep(const EntityState& round);
    std::map<std::string, Entry> m_entries;
};

/// Checks a ballot upsert against its round: it carries its contents and receipt together, the
/// contents in canonical form (`invalid_field`) and within the round's ballot rules
/// (`invalid_ballot`, saying which).
core::Status checkBallotOp(const core::sync::Op& op, const EntityState& round, RoundCache& rounds);

} // namespace balgul::hub
