// Shared stations in the hub's SQLite file: a connection of its own (WAL lets it share the file
// with the sync store's), guarded by a mutex; SQLite's write lock orders writers across both.

#include "hub/stations/station_storage.h"

#include "core/store/database.h"
#include "core/util/time.h"

#include <map>
#include <mutex>
#include <optional>

namespace balgul::hub {

namespace {

using core::Database;
using core::SqlError;
using core::Statement;

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS station_meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
INSERT OR IGNORE INTO station_meta (key, value) VALUES ('observation_seq', 0), ('forward_cursor', 0);
CREATE TABLE IF NOT EXISTS stations (
    id TEXT PRIMARY KEY,
    owner_id TEXT NOT NULL,
    name TEXT NOT NULL,
    lat REAL NOT NULL,
    lon REAL NOT NULL,
    precision TEXT NOT NULL DEFAULT '',
    precision_moved INTEGER NOT NULL DEFAULT 0,
    sensor_type TEXT NOT NULL,
    mode TEXT NOT NULL,
    quantities TEXT NOT NULL,
    created INTEGER NOT NULL,
    updated INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS stations_lat ON stations (lat);
CREATE TABLE IF NOT EXISTS station_observations (
    station_id TEXT NOT NULL REFERENCES stations(id) ON DELETE CASCADE,
    quantity TEXT NOT NULL,
    kind TEXT NOT NULL,
    time INTEGER NOT NULL,
    value REAL NOT NULL,
    count INTEGER NOT NULL,
    flags INTEGER NOT NULL,
    seq INTEGER NOT NULL UNIQUE,
    PRIMARY KEY (station_id, quantity, kind, time)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS station_observations_seq ON station_observations (station_id, seq);
CREATE INDEX IF NOT EXISTS station_observations_time ON station_observations (station_id, time);
CREATE TABLE IF NOT EXISTS station_forward_retries (
    station_id TEXT NOT NULL,
    time INTEGER NOT NULL,
    PRIMARY KEY (station_id, time)) WITHOUT ROWID;
)sql";

constexpr const char* kStationColumns =
    "SELECT id, owner_id, name, lat, lon, sensor_type, mode, quantities, created, updated, precision, "
    "precision_moved FROM stations ";
constexpr const char* kObservationColumns =
    "SELECT seq, station_id, quantity, kind, time, value, count, flags FROM station_observations ";

StorageError wrap(const SqlError& e)
{
    return StorageError("hub station store: " + e.message + " (SQLite " + std::to_string(e.code) + ")");
}

StationRecord readStation(const Statement& st)
{
    StationRecord s;
    s.id = st.text(0);
    s.ownerId = st.text(1);
    s.name = st.text(2);
    s.lat = st.real(3);
    s.lon = st.real(4);
    s.sensorType = st.text(5);
    s.mode = st.text(6);
    s.quantities = splitQuantities(st.text(7));
    s.created = st.int64(8);
    s.updated = st.int64(9);
    s.precision = st.text(10);
    s.precisionMoved = st.int64(11) != 0;
    return s;
}

ObservationRecord readObservation(const Statement& st)
{
    ObservationRecord o;
    o.seq = st.int64(0);
    o.stationId = st.text(1);
    o.quantity = st.text(2);
    o.kind = st.text(3);
    o.time = st.int64(4);
    o.value = st.real(5);
    o.count = st.int64(6);
    o.flags = st.integer(7);
    return o;
}

class SqliteStationStorage final : public StationStorage
{
public:
    explicit SqliteStationStorage(const std::string& path)
    {
        try {
            m_db.open(path, true);
            m_db.exec("PRAGMA journal_mode = WAL");
            m_db.exec("PRAGMA synchronous = FULL");
            m_db.exec("PRAGMA foreign_keys = ON");
            // A place replaced by a coarser one is overwritten on disk, not only unlinked.
            m_db.exec("PRAGMA secure_delete = ON");
            core::Transaction tx(m_db);
            m_db.exec(kSchema);
            addPrecisionColumns();
            moveLegacyStations();
            tx.commit();
            forgetOldPages();
        } catch (const SqlError& e) {
            throw StorageError("cannot open the hub station store " + path + ": " + e.message);
        }
    }

    /// Stores made before stations had a precision gain the columns (their stations have '').
    void addPrecisionColumns()
    {
        bool present = false;
        auto columns = m_db.prepare("PRAGMA table_info(stations)");
        while (columns.step())
            present = present || columns.text(1) == "precision";
        if (present)
            return;
        m_db.exec("ALTER TABLE stations ADD COLUMN precision TEXT NOT NULL DEFAULT ''");
        m_db.exec("ALTER TABLE stations ADD COLUMN precision_moved INTEGER NOT NULL DEFAULT 0");
    }

    /// Stations shared before precisions existed are moved to the default precision's cell.
    void moveLegacyStations()
    {
        std::vector<StationRecord> legacy;
        auto st = m_db.prepare(std::string(kStationColumns) + "WHERE precision = ''");
        while (st.step())
            legacy.push_back(readStation(st));
        for (auto& s : legacy) {
            movePlace(s, defaultPrecision());
            auto update = m_db.prepare(
                "UPDATE stations SET lat = ?, lon = ?, precision = ?, precision_moved = 1 WHERE id = ?");
            update.bind(1, s.lat).bind(2, s.lon).bind(3, s.precision).bind(4, s.id).run();
            queueReforwarding(s.id);
        }
        m_movedAtOpen = !legacy.empty();
    }

    /// Every observation time of the station the bridge already forwarded goes out again, so the
    /// broker's copies carry the station's new place.
    void queueReforwarding(const std::string& stationId)
    {
        auto st = m_db.prepare("INSERT OR IGNORE INTO station_forward_retries (station_id, time) "
                               "SELECT DISTINCT station_id, time FROM station_observations "
                               "WHERE station_id = ? AND seq <= ?");
        st.bind(1, stationId).bind(2, metaValue("forward_cursor")).run();
    }

    /// Old versions of changed pages live on in the write-ahead log until a checkpoint: copy them
    /// back and empty the log (best effort: a reader in another connection may hold it for now).
    void forgetOldPages()
    {
        if (!m_movedAtOpen && !m_placeMoved)
            return;
        m_db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        m_movedAtOpen = m_placeMoved = false;
    }

    std::optional<StationRecord> station(const std::string& id) override
    {
        std::lock_guard lock(m_mutex);
        try {
            return find(id);
        } catch (const SqlError& e) {
            throw wrap(e);
        }
    }

    PutOutcome putStation(const StationRecord& s, bool mayChangeOthers) override
    {
        std::lock_guard lock(m_mutex);
        try {
            core::Transaction tx(m_db);
            const auto existing = find(s.id);
            if (existing && existing->ownerId != s.ownerId && !mayChangeOthers)
                return PutOutcome::Forbidden;
            const std::int64_t now = core::toUnixMs(core::now());
            const bool moved = existing && (existing->lat != s.lat || existing->lon != s.lon);
            if (existing) {
                auto st = m_db.prepare("UPDATE stations SET name = ?, lat = ?, lon = ?, sensor_type = ?, "
                                       "mode = ?, quantities = ?, updated = ?, precision = ?, "
                                       "precision_moved = 0 WHERE id = ?");
                st.bind(1, s.name).bind(2, s.lat).bind(3, s.lon).bind(4, s.sensorType).bind(5, s.mode);
                st.bind(6, joinQuantities(s.quantities)).bind(7, now).bind(8, s.precision).bind(9, s.id);
                st.run();
                if (moved)
                    queueReforwarding(s.id);
            } else {
                auto st =
                    m_db.prepare("INSERT INTO stations (id, owner_id, name, lat, lon, sensor_type, mode, "
                                 "quantities, created, updated, precision) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                st.bind(1, s.id).bind(2, s.ownerId).bind(3, s.name).bind(4, s.lat).bind(5, s.lon);
                st.bind(6, s.sensorType).bind(7, s.mode).bind(8, joinQuantities(s.quantities));
                st.bind(9, now).bind(10, now).bind(11, s.precision);
                st.run();
            }
            tx.commit();
            m_placeMoved = moved;
            forgetOldPages();
            return existing ? PutOutcome::Updated : PutOutcome::Created;
        } catch (const SqlError& e) {
            throw wrap(e);
        }
    }

    std::vector<StationRecord> stations(const StationQuery& q) override
    {
        std::lock_guard lock(m_mutex);
        try {
            const bool box = q.minLat && q.minLon && q.maxLat && q.maxLon;
            std::string sql = std::string(kStationColumns) + "WHERE id > ? ";
            if (box)
                sql += "AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ? ";
            sql += "ORDER BY id LIMIT ?";
            auto st = m_db.prepare(sql);
            int i = 1;
            st.bind(i++, q.afterId);
            if (box) {
                st.bind(2, *q.minLat).bind(3, *q.maxLat).bind(4, *q.minLon).bind(5, *q.maxLon);
                i = 6;
            }
            st.bind(i, static_cast<std::int64_t>(q.limit));
            std::vector<StationRecord> out;
            while (st.step())
                out.push_back(readStation(st));
            return out;
        } catch (const SqlError& e) {
            throw wrap(e);
        }
    }

    bool eraseStation(const std::string& id) override
    {
        std::lock_guard lock(m_mutex);
        try {
            core::Transaction tx(m_db);
            m_db.prepare("DELETE FROM station_observations WHERE station_id = ?").bind(1, id).run();
            m_db.prepare("DELETE FROM station_forward_retries WHERE station_id = ?").bind(1, id).run();
            m_db.prepare("DELETE FROM stations WHERE id = ?").bind(1, id).run();
            const bool existed = m_db.changes() > 0;
            tx.commit();
            return existed;
        } catch (const SqlError& e) {
            throw wrap(e);
        }
    }

    std::optional<BatchOutcome> addObservations(const std::string& stationId, const std::string& kind,
                                                const std::vector<ObservationRecord>& batch) override
    {
        std::lock_guard lock(m_mutex);
        try {
            core::Transaction tx(m_db);
            if (!find(stationId))
                return std::nullopt;
            std::int64_t seq = metaValue("observation_seq");
            const std::int64_t first = seq;
            BatchOutcome outcome;
            auto load = m_db.prepare("SELECT value, count, flags FROM station_observations "
                                     "WHERE station_id = ? AND quantity = ? AND kind = ? AND time = ?");
            auto save =
                m_db.prepare("INSERT OR REPLACE INTO station_observations (station_id, quantity, kind, "
                             "time, value, count, flags, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
            for (const auto& o : batch) {
                load.reset();
                load.bind(1, stationId).bind(2, o.quantity).bind(3, kind).bind(4, o.time);
                const bool exists = load.step();
                if (exists && load.real(0) == o.value && load.int64(1) == o.count &&
                    load.integer(2) == o.flags) {
                    ++outcome.unchanged;
                    continue;
                }
                ++(exists ? outcome.changed : outcome.added);
                save.reset();
                save.bind(1, stationId).bind(2, o.quantity).bind(3, kind).bind(4, o.time).bind(5, o.value);
                save.bind(6, o.count).bind(7, o.flags).bind(8, ++seq);
                save.run();
            }
            if (seq != first)
                setMetaValue("observation_seq", seq);
            tx.commit();
            return outcome;
        } catch (const SqlError& e) {
            throw wrap(e);
        }
    }

    std::vector<ObservationRecord> observations(const ObservationQuery& q) override
    {
        std::lock_guard lock(m_mutex);
        try {
            std::string sql = std::string(kObservationColumns) + "WHERE station_id = ? AND seq > ? ";
            if (!q.quantity.empty())
                sql += "AND quantity = ? ";
            if (q.from)
                sql += "AND time >= ? ";
            if (q.to)
                sql += "AND time < ? ";
            sql += "ORDER BY seq LIMIT ?";
            auto st = m_db.prepare(sql);
            st.bind(1, q.stationId).bind(2, q.afterSeq);
            int i = 3;
            if (!q.quantity.empty())
                st.bind(i++, q.quantity);
            if (q.from)
                st.bind(i++, *q.from);
            if (q.to)
                st.bind(i++, *q.to);
            st.bind(i, static_cast<std::int64_t>(q.limit));
            return readAll(st);
        } catch (const SqlError& e) {
            throw wrap(e);
        }
    }

    std::vector<ObservationRecord> observationsAfter(std::int64_t afterSeq, std::size_t limit) override
    {
        std::lock_guard lock(m_mutex);
        try {
            auto st = m_db.prepare(std::string(kObservationColumns) + "WHERE seq > ? ORDER BY seq LIMIT ?");
            st.bind(1, afterSeq).bind(2, static_cast<std::int64_t>(limit));
            return readAll(st);
        } catch (const SqlError& e) {
            throw wrap(e);
        }
    }

    std::vector<ObservationRecord> observationsAt(const std::string& stationId, std::int64_t time) override
    {
        std::lock_guard lock(m_mutex);
        try {
            auto st = m_db.prepare(std::string(kObservationColumns) +
                                   "WHERE station_id = ? AND time = ? ORDER BY quantity, kind");
            st.bind(1, stationId).bind(2, time);
            return readAll(st);
        } catch (const SqlError& e) {
            throw wrap(e);
        }
    }

    std::int64_t forwardCursor() override
    {
        std::lock_guard lock(m_mutex);
        try {
            return metaValue("forward_cursor");
        } catch (const SqlError& e) {
            throw wrap(e);
        }
    }

    std::vector<ForwardKey> forwardRetries(std::size_t limit) override
    {
        std::lock_guard lock(m_mutex);
        try {
            auto st = m_db.prepare("SELECT station_id, time FROM station_forward_retries "
                                   "ORDER BY time, station_id LIMIT ?");
            st.bind(1, static_cast<std::int64_t>(limit));
            std::vector<ForwardKey> out;
            while (st.step())
                out.push_back(ForwardKey{st.text(0), st.int64(1)});
            return out;
        } catch (const SqlError& e) {
            throw wrap(e);
        }
    }

    void recordForwarding(std::optional<std::int64_t> cursor,
                          const std::vector<ForwardOutcome>& outcomes) override
    {
        std::lock_guard lock(m_mutex);
        try {
            core::Transaction tx(m_db);
            if (cursor && *cursor > metaValue("forward_cursor"))
                setMetaValue("forward_cursor", *cursor);
            auto place = m_db.prepare("SELECT lat, lon FROM stations WHERE id = ?");
            auto remove =
                m_db.prepare("DELETE FROM station_forward_retries WHERE station_id = ? AND time = ?");
            auto keep = m_db.prepare("INSERT OR IGNORE INTO station_forward_retries (station_id, time) "
                                     "VALUES (?, ?)");
            std::map<std::string, std::optional<std::pair<double, double>>> places; // read once a station
            for (const auto& o : outcomes) {
                auto it = places.find(o.key.stationId);
                if (it == places.end()) {
                    place.reset();
                    place.bind(1, o.key.stationId);
                    std::optional<std::pair<double, double>> now;
                    if (place.step())
                        now = std::pair{place.real(0), place.real(1)};
                    it = places.emplace(o.key.stationId, now).first;
                }
                const bool exists = it->second.has_value();
                const bool current = exists && it->second->first == o.lat && it->second->second == o.lon;
                auto& statement = !exists || (o.delivered && current) ? remove : keep;
                statement.reset();
                statement.bind(1, o.key.stationId).bind(2, o.key.time).run();
            }
            tx.commit();
        } catch (const SqlError& e) {
            throw wrap(e);
        }
    }

private:
    std::optional<StationRecord> find(const std::string& id)
    {
        auto st = m_db.prepare(std::string(kStationColumns) + "WHERE id = ?");
        st.bind(1, id);
        if (!st.step())
            return std::nullopt;
        return readStation(st);
    }

    std::int64_t metaValue(const char* key)
    {
        auto st = m_db.prepare("SELECT value FROM station_meta WHERE key = ?");
        st.bind(1, key);
        if (!st.step())
            throw StorageError(std::string("hub station store: meta value missing: ") + key);
        return st.int64(0);
    }

    void setMetaValue(const char* key, std::int64_t value)
    {
        m_db.prepare("UPDATE station_meta SET value = ? WHERE key = ?").bind(1, value).bind(2, key).run();
    }

    static std::vector<ObservationRecord> readAll(Statement& st)
    {
        std::vector<ObservationRecord> out;
        while (st.step())
            out.push_back(readObservation(st));
        return out;
    }

    std::mutex m_mutex;
    Database m_db;
    bool m_movedAtOpen = false;
    bool m_placeMoved = false;
};

} // namespace

std::unique_ptr<StationStorage> openSqliteStationStorage(const std::string& path)
{
    return std::make_unique<SqliteStationStorage>(path);
}

} // namespace balgul::hub
