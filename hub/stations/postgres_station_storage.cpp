// Shared stations in the hub's PostgreSQL database, through a small pool of its own.
//
// Writers of observations (and erasers of stations) lock the `observation_seq` row of
// station_meta FOR UPDATE and hold it to commit, so sequence numbers commit in order across every
// hub process: a reader paging by seq never skips a row that commits later with a smaller seq.
// A batch is one INSERT … ON CONFLICT over unnest()ed arrays: one round trip, not one per row.

#include "hub/db/pg_connection.h"
#include "hub/stations/station_storage.h"

#include "core/util/json_writer.h"
#include "core/util/time.h"

#include <map>
#include <optional>
#include <string>

namespace balgul::hub {

namespace {

using pg::Params;
using pg::PgConnection;
using pg::PgPool;
using pg::PgResult;
using pg::PgTx;

/// pg_advisory_xact_lock key for creating the station tables.
constexpr const char* kSchemaLockKey = "98971081031171081";

constexpr const char* kSchema[] = {
    "CREATE TABLE IF NOT EXISTS station_meta (key TEXT PRIMARY KEY, value BIGINT NOT NULL)",
    "INSERT INTO station_meta (key, value) VALUES ('observation_seq', 0), ('forward_cursor', 0) "
    "ON CONFLICT (key) DO NOTHING",
    "CREATE TABLE IF NOT EXISTS stations ("
    " id TEXT PRIMARY KEY,"
    " owner_id TEXT NOT NULL,"
    " name TEXT NOT NULL,"
    " lat DOUBLE PRECISION NOT NULL,"
    " lon DOUBLE PRECISION NOT NULL,"
    " precision TEXT NOT NULL DEFAULT '',"
    " precision_moved BOOLEAN NOT NULL DEFAULT false,"
    " sensor_type TEXT NOT NULL,"
    " mode TEXT NOT NULL,"
    " quantities TEXT NOT NULL,"
    " created BIGINT NOT NULL,"
    " updated BIGINT NOT NULL)",
    // Databases made before stations had a precision gain the columns (their stations have '').
    "ALTER TABLE stations ADD COLUMN IF NOT EXISTS precision TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE stations ADD COLUMN IF NOT EXISTS precision_moved BOOLEAN NOT NULL DEFAULT false",
    "CREATE INDEX IF NOT EXISTS stations_lat ON stations (lat)",
    "CREATE TABLE IF NOT EXISTS station_observations ("
    " station_id TEXT NOT NULL REFERENCES stations(id) ON DELETE CASCADE,"
    " quantity TEXT NOT NULL,"
    " kind TEXT NOT NULL,"
    " time BIGINT NOT NULL,"
    " value DOUBLE PRECISION NOT NULL,"
    " count BIGINT NOT NULL,"
    " flags INTEGER NOT NULL,"
    " seq BIGINT NOT NULL UNIQUE,"
    " PRIMARY KEY (station_id, quantity, kind, time))",
    "CREATE INDEX IF NOT EXISTS station_observations_seq ON station_observations (station_id, seq)",
    "CREATE INDEX IF NOT EXISTS station_observations_time ON station_observations (station_id, time)",
    "CREATE TABLE IF NOT EXISTS station_forward_retries ("
    " station_id TEXT NOT NULL,"
    " time BIGINT NOT NULL,"
    " PRIMARY KEY (station_id, time))",
};

constexpr const char* kStationColumns =
    "SELECT id, owner_id, name, lat, lon, sensor_type, mode, quantities, created, updated, precision, "
    "precision_moved FROM stations ";
constexpr const char* kObservationColumns =
    "SELECT seq, station_id, quantity, kind, time, value, count, flags FROM station_observations ";

StationRecord readStation(const PgResult& r, int row)
{
    StationRecord s;
    s.id = r.text(row, 0);
    s.ownerId = r.text(row, 1);
    s.name = r.text(row, 2);
    s.lat = std::stod(r.text(row, 3));
    s.lon = std::stod(r.text(row, 4));
    s.sensorType = r.text(row, 5);
    s.mode = r.text(row, 6);
    s.quantities = splitQuantities(r.text(row, 7));
    s.created = r.int64(row, 8);
    s.updated = r.int64(row, 9);
    s.precision = r.text(row, 10);
    s.precisionMoved = r.boolean(row, 11);
    return s;
}

std::vector<ObservationRecord> readObservations(const PgResult& r)
{
    std::vector<ObservationRecord> out;
    out.reserve(static_cast<std::size_t>(r.rows()));
    for (int i = 0; i < r.rows(); ++i) {
        ObservationRecord o;
        o.seq = r.int64(i, 0);
        o.stationId = r.text(i, 1);
        o.quantity = r.text(i, 2);
        o.kind = r.text(i, 3);
        o.time = r.int64(i, 4);
        o.value = std::stod(r.text(i, 5));
        o.count = r.int64(i, 6);
        o.flags = static_cast<int>(r.int64(i, 7));
        out.push_back(std::move(o));
    }
    return out;
}

std::string number(double value)
{
    return core::jsonNumber(value);
}

class PostgresStationStorage final : public StationStorage
{
public:
    PostgresStationStorage(const std::string& url, int maxConnections) : m_pool(url, maxConnections)
    {
        PgTx tx(m_pool.acquire(), "hub station store");
        // Hubs starting together on one database make the tables once.
        tx->exec("SELECT pg_advisory_xact_lock(" + std::string(kSchemaLockKey) + ")");
        for (const char* statement : kSchema)
            tx->exec(statement);
        // Stations shared before precisions existed are moved to the default precision's cell.
        const auto legacy = tx->exec(std::string(kStationColumns) + "WHERE precision = ''");
        for (int i = 0; i < legacy.rows(); ++i) {
            StationRecord station = readStation(legacy, i);
            movePlace(station, defaultPrecision());
            tx->exec("UPDATE stations SET lat = $1, lon = $2, precision = $3, precision_moved = true "
                     "WHERE id = $4",
                     Params{number(station.lat), number(station.lon), station.precision, station.id});
            queueReforwarding(*tx, station.id);
        }
        tx.commit();
        if (legacy.rows() > 0)
            forgetOldVersions();
    }

    /// Every observation time of the station the bridge already forwarded goes out again, so the
    /// broker's copies carry the station's new place.
    static void queueReforwarding(PgConnection& conn, const std::string& stationId)
    {
        conn.exec("INSERT INTO station_forward_retries (station_id, time) "
                  "SELECT DISTINCT station_id, time FROM station_observations WHERE station_id = $1 "
                  "AND seq <= (SELECT value FROM station_meta WHERE key = 'forward_cursor') "
                  "ON CONFLICT DO NOTHING",
                  Params{stationId});
    }

    /// A replaced place stays in the table's file as a dead row version until the table is
    /// rewritten: rewrite it (the table is small; best effort, as another hub may hold it).
    void forgetOldVersions()
    {
        try {
            m_pool.acquire()->exec("VACUUM FULL stations");
        } catch (const std::exception&) {
            // The next change of place tries again.
        }
    }

    std::optional<StationRecord> station(const std::string& id) override
    {
        const Params params{id};
        if (params.hasNul())
            return std::nullopt;
        const auto r = m_pool.acquire()->exec(std::string(kStationColumns) + "WHERE id = $1", params);
        if (r.rows() == 0)
            return std::nullopt;
        return readStation(r, 0);
    }

    PutOutcome putStation(const StationRecord& s, bool mayChangeOthers) override
    {
        Params params{s.id,          s.ownerId,    s.name, number(s.lat),
                      number(s.lon), s.sensorType, s.mode, joinQuantities(s.quantities)};
        params.add(core::toUnixMs(core::now())).add(std::string(mayChangeOthers ? "true" : "false"));
        params.add(s.precision);
        PgTx tx(m_pool.acquire(), "hub station store");
        const auto before = tx->exec("SELECT lat, lon FROM stations WHERE id = $1 FOR UPDATE", Params{s.id});
        // Inserted, or updated when the caller may; no row back means someone else owns it.
        const auto r = tx->exec(
            "INSERT INTO stations (id, owner_id, name, lat, lon, sensor_type, mode, quantities, created, "
            "updated, precision) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, $11) ON CONFLICT (id) DO "
            "UPDATE SET name = EXCLUDED.name, lat = EXCLUDED.lat, lon = EXCLUDED.lon, sensor_type = "
            "EXCLUDED.sensor_type, mode = EXCLUDED.mode, quantities = EXCLUDED.quantities, updated = "
            "EXCLUDED.updated, precision = EXCLUDED.precision, precision_moved = false "
            "WHERE stations.owner_id = EXCLUDED.owner_id OR $10::boolean RETURNING (xmax = 0)",
            params);
        if (r.rows() == 0)
            return PutOutcome::Forbidden;
        const bool moved = before.rows() > 0 &&
                           (std::stod(before.text(0, 0)) != s.lat || std::stod(before.text(0, 1)) != s.lon);
        if (moved)
            queueReforwarding(*tx, s.id);
        tx.commit();
        if (moved)
            forgetOldVersions();
        return r.boolean(0, 0) ? PutOutcome::Created : PutOutcome::Updated;
    }

    std::vector<StationRecord> stations(const StationQuery& q) override
    {
        const bool box = q.minLat && q.minLon && q.maxLat && q.maxLon;
        Params params{q.afterId};
        std::string sql = std::string(kStationColumns) + "WHERE id COLLATE \"C\" > $1 ";
        if (box) {
            sql += "AND lat BETWEEN $2 AND $3 AND lon BETWEEN $4 AND $5 ";
            params.add(number(*q.minLat))
                .add(number(*q.maxLat))
                .add(number(*q.minLon))
                .add(number(*q.maxLon));
        }
        params.add(static_cast<std::int64_t>(q.limit));
        sql += "ORDER BY id COLLATE \"C\" LIMIT $" + std::to_string(params.values().size());
        if (params.hasNul())
            return {};
        const auto r = m_pool.acquire()->exec(sql, params);
        std::vector<StationRecord> out;
        for (int i = 0; i < r.rows(); ++i)
            out.push_back(readStation(r, i));
        return out;
    }

    bool eraseStation(const std::string& id) override
    {
        const Params params{id};
        if (params.hasNul())
            return false;
        PgTx tx(m_pool.acquire(), "hub station store");
        tx->exec("SELECT value FROM station_meta WHERE key = 'observation_seq' FOR UPDATE");
        tx->exec("DELETE FROM station_observations WHERE station_id = $1", params);
        tx->exec("DELETE FROM station_forward_retries WHERE station_id = $1", params);
        const bool existed = tx->exec("DELETE FROM stations WHERE id = $1", params).affected() > 0;
        tx.commit();
        return existed;
    }

    std::optional<BatchOutcome> addObservations(const std::string& stationId, const std::string& kind,
                                                const std::vector<ObservationRecord>& batch) override
    {
        if (Params{stationId}.hasNul())
            return std::nullopt;
        PgTx tx(m_pool.acquire(), "hub station store");
        const std::int64_t last =
            tx->exec("SELECT value FROM station_meta WHERE key = 'observation_seq' FOR UPDATE").int64(0, 0);
        if (tx->exec("SELECT 1 FROM stations WHERE id = $1 FOR SHARE", {stationId}).rows() == 0)
            return std::nullopt;
        BatchOutcome outcome;
        if (batch.empty()) {
            tx.commit();
            return outcome;
        }
        // Quantity words are checked identifiers and the rest are numbers: safe as array literals.
        std::string quantities = "{", times = "{", values = "{", counts = "{", flags = "{";
        for (std::size_t i = 0; i < batch.size(); ++i) {
            const char* sep = i ? "," : "";
            quantities += sep + batch[i].quantity;
            times += sep + std::to_string(batch[i].time);
            values += sep + number(batch[i].value);
            counts += sep + std::to_string(batch[i].count);
            flags += sep + std::to_string(batch[i].flags);
        }
        for (std::string* a : {&quantities, &times, &values, &counts, &flags})
            *a += '}';
        const auto r = tx->exec(
            "WITH input AS ("
            " SELECT * FROM unnest($3::text[], $4::bigint[], $5::float8[], $6::bigint[], $7::int[])"
            " WITH ORDINALITY AS t(quantity, time, value, count, flags, ord)),"
            " changed AS ("
            " SELECT i.* FROM input i LEFT JOIN station_observations o ON o.station_id = $1 AND o.kind = $2"
            " AND o.quantity = i.quantity AND o.time = i.time"
            " WHERE o.station_id IS NULL OR o.value <> i.value OR o.count <> i.count OR o.flags <> i.flags),"
            " numbered AS (SELECT c.*, $8::bigint + row_number() OVER (ORDER BY c.ord) AS seq FROM changed c)"
            " INSERT INTO station_observations (station_id, quantity, kind, time, value, count, flags, seq)"
            " SELECT $1, n.quantity, $2, n.time, n.value, n.count, n.flags, n.seq FROM numbered n"
            " ON CONFLICT (station_id, quantity, kind, time) DO UPDATE SET value = EXCLUDED.value,"
            " count = EXCLUDED.count, flags = EXCLUDED.flags, seq = EXCLUDED.seq"
            " RETURNING (xmax = 0)",
            Params{stationId, kind, quantities, times, values, counts, flags}.add(last));
        for (int i = 0; i < r.rows(); ++i)
            ++(r.boolean(i, 0) ? outcome.added : outcome.changed);
        outcome.unchanged = batch.size() - static_cast<std::size_t>(r.rows());
        if (r.rows() > 0)
            tx->exec("UPDATE station_meta SET value = $1 WHERE key = 'observation_seq'",
                     Params().add(last + r.rows()));
        tx.commit();
        return outcome;
    }

    std::vector<ObservationRecord> observations(const ObservationQuery& q) override
    {
        Params params{q.stationId};
        params.add(q.afterSeq);
        std::string sql = std::string(kObservationColumns) + "WHERE station_id = $1 AND seq > $2 ";
        const auto next = [&params] { return "$" + std::to_string(params.values().size()); };
        if (!q.quantity.empty()) {
            params.add(q.quantity);
            sql += "AND quantity = " + next() + " ";
        }
        if (q.from) {
            params.add(*q.from);
            sql += "AND time >= " + next() + " ";
        }
        if (q.to) {
            params.add(*q.to);
            sql += "AND time < " + next() + " ";
        }
        params.add(static_cast<std::int64_t>(q.limit));
        sql += "ORDER BY seq LIMIT " + next();
        if (params.hasNul())
            return {};
        return readObservations(m_pool.acquire()->exec(sql, params));
    }

    std::vector<ObservationRecord> observationsAfter(std::int64_t afterSeq, std::size_t limit) override
    {
        return readObservations(
            m_pool.acquire()->exec(std::string(kObservationColumns) + "WHERE seq > $1 ORDER BY seq LIMIT $2",
                                   Params().add(afterSeq).add(static_cast<std::int64_t>(limit))));
    }

    std::vector<ObservationRecord> observationsAt(const std::string& stationId, std::int64_t time) override
    {
        return readObservations(m_pool.acquire()->exec(
            std::string(kObservationColumns) + "WHERE station_id = $1 AND time = $2 ORDER BY quantity, kind",
            Params{stationId}.add(time)));
    }

    std::int64_t forwardCursor() override
    {
        return m_pool.acquire()
            ->exec("SELECT value FROM station_meta WHERE key = 'forward_cursor'")
            .int64(0, 0);
    }

    std::vector<ForwardKey> forwardRetries(std::size_t limit) override
    {
        const auto r = m_pool.acquire()->exec(
            "SELECT station_id, time FROM station_forward_retries ORDER BY time, station_id LIMIT $1",
            Params().add(static_cast<std::int64_t>(limit)));
        std::vector<ForwardKey> out;
        for (int i = 0; i < r.rows(); ++i)
            out.push_back(ForwardKey{r.text(i, 0), r.int64(i, 1)});
        return out;
    }

    void recordForwarding(std::optional<std::int64_t> cursor,
                          const std::vector<ForwardOutcome>& outcomes) override
    {
        PgTx tx(m_pool.acquire(), "hub station store");
        if (cursor)
            tx->exec("UPDATE station_meta SET value = GREATEST(value, $1) WHERE key = 'forward_cursor'",
                     Params().add(*cursor));
        // Settled only when delivered with the station's place as it is now (a move racing this
        // round waits for the row lock here, then queues what the cursor now covers).
        std::map<std::string, std::optional<std::pair<double, double>>> places; // read once a station
        for (const auto& o : outcomes) {
            auto it = places.find(o.key.stationId);
            if (it == places.end()) {
                const auto place = tx->exec("SELECT lat, lon FROM stations WHERE id = $1 FOR SHARE",
                                            Params{o.key.stationId});
                std::optional<std::pair<double, double>> now;
                if (place.rows() > 0)
                    now = std::pair{std::stod(place.text(0, 0)), std::stod(place.text(0, 1))};
                it = places.emplace(o.key.stationId, now).first;
            }
            const bool exists = it->second.has_value();
            const bool current = exists && it->second->first == o.lat && it->second->second == o.lon;
            if (!exists || (o.delivered && current))
                tx->exec("DELETE FROM station_forward_retries WHERE station_id = $1 AND time = $2",
                         Params{o.key.stationId}.add(o.key.time));
            else
                tx->exec("INSERT INTO station_forward_retries (station_id, time) VALUES ($1, $2) "
                         "ON CONFLICT DO NOTHING",
                         Params{o.key.stationId}.add(o.key.time));
        }
        tx.commit();
    }

private:
    PgPool m_pool;
};

} // namespace

std::unique_ptr<StationStorage> openPostgresStationStorage(const std::string& url, int maxConnections)
{
    return std::make_unique<PostgresStationStorage>(url, maxConnections);
}

} // namespace balgul::hub
