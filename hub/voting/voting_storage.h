#pragma once

// What the hub reads to publish a voting round (docs/voting.md): its rounds and, once a round has
// closed, its ballots WITHOUT their voters. Rounds and ballots are written by the sync service as
// entities (`round`, and `ballot` keyed `<round id>:<account id>`, so the store's primary key holds
// one ballot per account and round); this reads them through a connection of its own (SQLite: the
// same file; PostgreSQL: the same database through a pool of its own). By construction no method
// here answers a voter next to a ballot's contents. Failures of the database throw StorageError.

#include "hub/hub_config.h"
#include "hub/sync/hub_storage.h"

#include "core/voting/receipt.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace balgul::hub {

class VotingStorage
{
public:
    virtual ~VotingStorage() = default;
    /// The round, live or deleted; nullopt when the hub never had it.
    virtual std::optional<EntityState> round(const std::string& id) = 0;
    /// The live rounds, newest seq first.
    virtual std::vector<EntityState> rounds() = 0;
    /// The live ballots of a round: receipt and contents only.
    virtual std::vector<core::voting::PublishedBallot> ballotsOf(const std::string& roundId) = 0;
    /// How many live ballots a round holds.
    virtual std::int64_t ballotCount(const std::string& roundId) = 0;
};

std::unique_ptr<VotingStorage> openSqliteVotingStorage(const std::string& path);
std::unique_ptr<VotingStorage> openPostgresVotingStorage(const std::string& url, int maxConnections = 4);
std::unique_ptr<VotingStorage> openVotingStorage(const HubConfig& config);

/// A ballot's stored fields as published (receipt, choices); nullopt for a row without them.
std::optional<core::voting::PublishedBallot> publishedBallot(const std::string& fieldsJson);

} // namespace balgul::hub
