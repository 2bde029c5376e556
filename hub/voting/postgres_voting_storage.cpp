// Rounds and ballots read from the hub's PostgreSQL database through a pool of its own.

#include "hub/db/pg_connection.h"
#include "hub/voting/voting_storage.h"

namespace balgul::hub {

namespace {

using pg::Params;
using pg::PgPool;
using pg::PgResult;

/// Ballots found by their round: an index on the round named in their fields (their key names it
/// too, but a range of text keys follows the database's collation).
constexpr const char* kBallotIndex = "CREATE INDEX IF NOT EXISTS entities_ballot_round ON entities "
                                     "((fields::json ->> 'round_id')) WHERE entity = 'ballot'";
constexpr const char* kSchemaLockKey = "98971081031171082";

class PostgresVotingStorage final : public VotingStorage
{
public:
    PostgresVotingStorage(const std::string& url, int maxConnections) : m_pool(url, maxConnections)
    {
        // Hubs starting together on one database make the index once.
        auto conn = m_pool.acquire();
        conn->exec("BEGIN");
        try {
            conn->exec("SELECT pg_advisory_xact_lock(" + std::string(kSchemaLockKey) + ")");
            conn->exec(kBallotIndex);
            conn->exec("COMMIT");
        } catch (...) {
            conn->exec("ROLLBACK");
            throw;
        }
    }

    std::optional<EntityState> round(const std::string& id) override
    {
        const Params params{id};
        if (params.hasNul())
            return std::nullopt;
        const auto r = m_pool.acquire()->exec(
            "SELECT id, owner_id, seq, deleted, fields FROM entities WHERE entity = 'round' AND id = $1",
            params);
        if (r.rows() == 0)
            return std::nullopt;
        return read(r, 0);
    }

    std::vector<EntityState> rounds() override
    {
        const auto r =
            m_pool.acquire()->exec("SELECT id, owner_id, seq, deleted, fields FROM entities "
                                   "WHERE entity = 'round' AND NOT deleted ORDER BY seq DESC LIMIT 1000");
        std::vector<EntityState> out;
        for (int i = 0; i < r.rows(); ++i)
            out.push_back(read(r, i));
        return out;
    }

    std::vector<core::voting::PublishedBallot> ballotsOf(const std::string& roundId) override
    {
        std::vector<core::voting::PublishedBallot> out;
        const Params params{roundId};
        if (params.hasNul())
            return out;
        const auto r = m_pool.acquire()->exec("SELECT fields FROM entities WHERE entity = 'ballot' "
                                              "AND (fields::json ->> 'round_id') = $1 AND NOT deleted",
                                              params);
        for (int i = 0; i < r.rows(); ++i)
            if (auto b = publishedBallot(r.text(i, 0)))
                out.push_back(std::move(*b));
        return out;
    }

    std::int64_t ballotCount(const std::string& roundId) override
    {
        const Params params{roundId};
        if (params.hasNul())
            return 0;
        const auto r = m_pool.acquire()->exec("SELECT count(*) FROM entities WHERE entity = 'ballot' "
                                              "AND (fields::json ->> 'round_id') = $1 AND NOT deleted",
                                              params);
        return r.int64(0, 0);
    }

private:
    static EntityState read(const PgResult& r, int row)
    {
        EntityState e;
        e.entity = "round";
        e.id = r.text(row, 0);
        e.ownerId = r.text(row, 1);
        e.seq = r.int64(row, 2);
        e.deleted = r.boolean(row, 3);
        e.fields = parseStored(r.text(row, 4));
        return e;
    }

    PgPool m_pool;
};

} // namespace

std::unique_ptr<VotingStorage> openPostgresVotingStorage(const std::string& url, int maxConnections)
{
    return std::make_unique<PostgresVotingStorage>(url, maxConnections);
}

} // namespace balgul::hub
