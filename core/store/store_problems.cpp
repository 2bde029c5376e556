// Store: problems — create, edit, remove, list, search and spatial queries.

#include "core/store/store.h"

#include "core/domain/category.h"
#include "core/store/bulk_writer.h"
#include "core/store/problem_fields.h"
#include "core/store/search_index.h"
#include "core/util/ids.h"
#include "core/util/json_writer.h"
#include "core/util/text.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <set>
#include <unordered_map>

namespace balgul::core {

namespace {

constexpr std::string_view kProblemColumns =
    "SELECT p.rowid, p.id, p.title, p.description, p.category, p.status, p.lat, p.lon, p.address, p.author, "
    "p.created, p.updated, "
    "(SELECT count(*) FROM supports s WHERE s.problem_id = p.id), "
    "(SELECT count(*) FROM comments c WHERE c.problem_id = p.id AND c.deleted = 0), "
    "(SELECT count(*) FROM attachments a WHERE a.problem_id = p.id), p.duplicate_of "
    "FROM problems p ";

Error sqlFailure(const SqlError& e, const std::string& path)
{
    return storeError(e, path, "store_failed", "the store could not be written");
}

/// Character bigrams of a text, for "similar title" hints.
std::set<std::u32string> bigrams(std::string_view utf8)
{
    std::u32string cps;
    for (std::size_t i = 0; i < utf8.size();) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        const std::size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : 4;
        char32_t cp = len == 1 ? c : c & (0x7F >> len);
        for (std::size_t k = 1; k < len && i + k < utf8.size(); ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
        if (cp != ' ' && cp != '\t' && cp != '.' && cp != ',')
            cps += (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
        else
            cps += U' ';
        i += len;
    }
    std::set<std::u32string> out;
    for (std::size_t i = 0; i + 1 < cps.size(); ++i)
        if (cps[i] != U' ' && cps[i + 1] != U' ')
            out.insert(cps.substr(i, 2));
    return out;
}

/// True when two titles clearly say the same thing: they share at least kMinSharedBigrams
/// character bigrams and their Dice coefficient (shared bigrams against both lengths) is at least
/// kMinDice. A short, generic title ("Dust", "쓰레기") is not similar to every longer one that
/// contains it.
bool clearlySimilarText(const std::set<std::u32string>& a, const std::set<std::u32string>& b)
{
    constexpr std::size_t kMinSharedBigrams = 3;
    constexpr double kMinDice = 0.6;
    if (a.size() < kMinSharedBigrams || b.size() < kMinSharedBigrams)
        return false;
    std::size_t common = 0;
    for (const auto& g : a)
        common += b.count(g);
    return common >= kMinSharedBigrams && 2.0 * double(common) / double(a.size() + b.size()) >= kMinDice;
}

} // namespace

std::string detail::allProblemFields(const Problem& p)
{
    return JsonObjectWriter()
        .add("title", p.title)
        .add("description", p.description)
        .add("category", p.category)
        .add("status", toString(p.status))
        .add("lat", p.lat)
        .add("lon", p.lon)
        .add("address", p.address)
        .add("author", p.author)
        .add("created", toIso8601(p.created))
        .str();
}

Problem Store::readProblem(const Statement& st) const
{
    Problem p;
    p.rowid = st.int64(0);
    p.id = st.text(1);
    p.title = st.text(2);
    p.description = st.text(3);
    p.category = st.text(4);
    p.status = static_cast<ProblemStatus>(std::clamp(st.integer(5), 0, kProblemStatusCount - 1));
    p.lat = st.real(6);
    p.lon = st.real(7);
    p.address = st.text(8);
    p.author = st.text(9);
    p.created = fromUnixMs(st.int64(10));
    p.updated = fromUnixMs(st.int64(11));
    p.supportCount = st.integer(12);
    p.commentCount = st.integer(13);
    p.attachmentCount = st.integer(14);
    p.duplicateOf = st.text(15);
    return p;
}

Result<Problem> Store::createProblem(Problem draft)
{
    if (draft.id.empty())
        draft.id = newUuidV7();
    if (!isUuid(draft.id))
        return Error::make("invalid_field", "the id must be a UUID", "id");
    if (draft.author.empty())
        draft.author = m_userName;
    const Timestamp t = now();
    if (draft.created == Timestamp{})
        draft.created = t;
    draft.updated = std::max(draft.created, t);
    std::vector<Problem> one{std::move(draft)};
    if (auto s = insertProblems(one, true); !s) {
        Error e = s.error();
        e.line = 0; // a single problem has no line
        return e;
    }
    return std::move(one.front());
}

Status Store::insertProblems(std::vector<Problem>& problems, bool queueOps)
{
    auto writer = BulkWriter::begin(*this, {.queueOps = queueOps, .progress = nullptr});
    if (!writer)
        return writer.error();
    for (std::size_t i = 0; i < problems.size(); ++i) {
        if (Status s = (*writer)->add(problems[i]); !s) {
            Error e = s.error();
            if (e.file.empty()) // the problem's fault, not the store's
                e.line = static_cast<long>(i + 1);
            return e;
        }
    }
    return (*writer)->commit();
}

Result<Problem> Store::updateProblem(const std::string& id, const ProblemPatch& patch)
{
    const auto current = problem(id);
    if (!current)
        return Error::make("not_found", "no problem with id " + id, "id");
    Problem next = *current;
    JsonObjectWriter fields;
    bool changed = false;
    const auto setText = [&](const std::optional<std::string>& value, std::string& target, const char* name) {
        if (value && *value != target) {
            target = *value;
            fields.add(name, target);
            changed = true;
        }
    };
    setText(patch.title, next.title, "title");
    setText(patch.description, next.description, "description");
    setText(patch.category, next.category, "category");
    setText(patch.address, next.address, "address");
    if (patch.status && *patch.status != next.status) {
        next.status = *patch.status;
        fields.add("status", toString(next.status));
        changed = true;
    }
    if (patch.lat && *patch.lat != next.lat) {
        next.lat = *patch.lat;
        fields.add("lat", next.lat);
        changed = true;
    }
    if (patch.lon && *patch.lon != next.lon) {
        next.lon = *patch.lon;
        fields.add("lon", next.lon);
        changed = true;
    }
    if (auto s = validateProblem(next); !s)
        return s.error();
    if (!changed)
        return next;
    next.updated = std::max(now(), current->updated);
    try {
        Transaction tx(m_db);
        auto st = m_db.prepare("UPDATE problems SET title = ?, description = ?, category = ?, status = ?, "
                               "lat = ?, lon = ?, address = ?, updated = ? WHERE id = ? AND deleted = 0");
        st.bind(1, next.title).bind(2, next.description).bind(3, next.category);
        st.bind(4, static_cast<int>(next.status)).bind(5, next.lat).bind(6, next.lon).bind(7, next.address);
        st.bind(8, toUnixMs(next.updated)).bind(9, id);
        st.run();
        queueOp("upsert", "problem", id, fields.str());
        search::catchUp(m_db);
        tx.commit();
    } catch (const SqlError& e) {
        return sqlFailure(e, m_path);
    }
    notify({StoreChange::Kind::ProblemUpdated, id, next.rowid});
    return next;
}

Status Store::removeProblem(const std::string& id)
{
    std::int64_t rowid = 0;
    try {
        Transaction tx(m_db);
        // `updated` stays: undoing the delete brings the problem back as it was.
        auto st =
            m_db.prepare("UPDATE problems SET deleted = 1 WHERE id = ? AND deleted = 0 RETURNING rowid");
        st.bind(1, id);
        if (!st.step())
            return Error::make("not_found", "no problem with id " + id, "id");
        rowid = st.int64(0);
        st.run();
        queueOp("delete", "problem", id, "{}");
        tx.commit();
    } catch (const SqlError& e) {
        return sqlFailure(e, m_path);
    }
    notify({StoreChange::Kind::ProblemRemoved, id, rowid});
    return {};
}

Status Store::restoreProblem(const std::string& id)
{
    std::int64_t rowid = 0;
    try {
        Transaction tx(m_db);
        auto st =
            m_db.prepare("UPDATE problems SET deleted = 0 WHERE id = ? AND deleted = 1 RETURNING rowid");
        st.bind(1, id);
        if (!st.step())
            return Error::make("not_found", "no removed problem with id " + id, "id");
        rowid = st.int64(0);
        st.run();
        auto read = m_db.prepare(std::string(kProblemColumns) + "WHERE p.rowid = ?");
        read.bind(1, rowid);
        read.step();
        queueOp("upsert", "problem", id, detail::allProblemFields(readProblem(read)));
        tx.commit();
    } catch (const SqlError& e) {
        return sqlFailure(e, m_path);
    }
    notify({StoreChange::Kind::ProblemAdded, id, rowid});
    return {};
}

Result<std::size_t> Store::removeProblems(const std::vector<std::string>& ids)
{
    std::size_t changed = 0;
    try {
        Transaction tx(m_db);
        // `updated` stays: a restore brings the problem back as it was.
        auto st = m_db.prepare("UPDATE problems SET deleted = 1 WHERE id = ? AND deleted = 0");
        for (const std::string& id : ids) {
            st.reset();
            st.bind(1, id);
            st.run();
            if (m_db.changes() == 0)
                continue;
            queueOp("delete", "problem", id, "{}");
            ++changed;
        }
        tx.commit();
    } catch (const SqlError& e) {
        return sqlFailure(e, m_path);
    }
    if (changed > 0)
        notify({StoreChange::Kind::Reset, {}, 0});
    return changed;
}

Result<std::size_t> Store::restoreProblems(const std::vector<std::string>& ids)
{
    std::size_t changed = 0;
    try {
        Transaction tx(m_db);
        auto st =
            m_db.prepare("UPDATE problems SET deleted = 0 WHERE id = ? AND deleted = 1 RETURNING rowid");
        auto read = m_db.prepare(std::string(kProblemColumns) + "WHERE p.rowid = ?");
        for (const std::string& id : ids) {
            st.reset();
            st.bind(1, id);
            if (!st.step())
                continue;
            const std::int64_t rowid = st.int64(0);
            st.run();
            read.reset();
            read.bind(1, rowid);
            read.step();
            queueOp("upsert", "problem", id, detail::allProblemFields(readProblem(read)));
            ++changed;
        }
        tx.commit();
    } catch (const SqlError& e) {
        return sqlFailure(e, m_path);
    }
    if (changed > 0)
        notify({StoreChange::Kind::Reset, {}, 0});
    return changed;
}

std::optional<Problem> Store::problem(const std::string& id)
{
    auto st = m_db.prepare(std::string(kProblemColumns) + "WHERE p.id = ? AND p.deleted = 0");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readProblem(st);
}

std::optional<Problem> Store::problemByRowid(std::int64_t rowid)
{
    auto st = m_db.prepare(std::string(kProblemColumns) + "WHERE p.rowid = ? AND p.deleted = 0");
    st.bind(1, rowid);
    if (!st.step())
        return std::nullopt;
    return readProblem(st);
}

namespace {

/// The WHERE clause of a ProblemQuery and the statement that binds its values.
struct QueryFilter
{
    std::string where = " WHERE p.deleted = 0";
    std::vector<std::string> texts;
    std::optional<GeoBox> box;

    /// Binds the filter's values from index 1; returns the next free index.
    int bind(Statement& st) const
    {
        int index = 1;
        for (const auto& t : texts)
            st.bind(index++, t);
        if (box)
            for (const double v : {box->south, box->north, box->west, box->east})
                st.bind(index++, v);
        return index;
    }
};

Result<QueryFilter> makeFilter(Database& db, const ProblemQuery& query)
{
    QueryFilter f;
    if (!query.includeMerged)
        f.where += " AND p.duplicate_of = ''";
    if (!query.categories.empty()) {
        f.where += " AND p.category IN (";
        for (std::size_t i = 0; i < query.categories.size(); ++i) {
            f.where += i ? ",?" : "?";
            f.texts.push_back(query.categories[i]);
        }
        f.where += ")";
    }
    if (!query.statuses.empty()) {
        f.where += " AND p.status IN (";
        for (std::size_t i = 0; i < query.statuses.size(); ++i)
            f.where += (i ? "," : "") + std::to_string(static_cast<int>(query.statuses[i]));
        f.where += ")";
    }
    const std::string text = trimmed(query.text);
    if (!text.empty()) {
        if (!isValidUtf8(text))
            return Error::make("invalid_utf8", "the search text is not valid UTF-8", "text");
        std::vector<std::int64_t> rowids;
        try {
            rowids = search::find(db, text, -1, false);
        } catch (const SqlError& e) {
            return Error::make("query_failed", e.message);
        }
        if (rowids.empty()) {
            f.where += " AND 0";
        } else {
            std::string list = "[";
            for (std::size_t i = 0; i < rowids.size(); ++i)
                list += (i ? "," : "") + std::to_string(rowids[i]);
            f.where += " AND p.rowid IN (SELECT value FROM json_each(?))";
            f.texts.push_back(list + "]");
        }
    }
    if (query.box) {
        // problems_point holds (deleted, lat, lon): a range of latitudes, then the longitudes.
        f.where += " AND p.lat BETWEEN :south AND :north AND p.lon BETWEEN :west AND :east";
        f.box = query.box;
    }
    return f;
}

} // namespace

Result<std::vector<Problem>> Store::problems(const ProblemQuery& query)
{
    auto filter = makeFilter(m_db, query);
    if (!filter)
        return filter.error();
    std::string sql = std::string(kProblemColumns) + filter->where;
    switch (query.order) {
    case ProblemOrder::UpdatedDesc:
        sql += " ORDER BY p.updated DESC, p.rowid DESC";
        break;
    case ProblemOrder::CreatedDesc:
        sql += " ORDER BY p.created DESC, p.rowid DESC";
        break;
    case ProblemOrder::Title:
        sql += " ORDER BY p.title COLLATE NOCASE, p.rowid";
        break;
    }
    sql += " LIMIT ? OFFSET ?";
    std::vector<Problem> out;
    try {
        auto st = m_db.prepare(sql);
        const int index = filter->bind(st);
        st.bind(index, static_cast<std::int64_t>(query.limit));
        st.bind(index + 1, query.offset);
        while (st.step())
            out.push_back(readProblem(st));
    } catch (const SqlError& e) {
        return Error::make("query_failed", e.message);
    }
    return out;
}

Result<std::vector<Problem>> Store::listProblems(bool includeMerged)
{
    const std::string merged = includeMerged ? "" : " AND duplicate_of = ''";
    std::vector<Problem> out;
    try {
        const auto counts = [this](const char* sql) {
            std::unordered_map<std::string, int> byProblem;
            auto st = m_db.prepare(sql);
            while (st.step())
                byProblem.emplace(st.text(0), st.integer(1));
            return byProblem;
        };
        const auto supports = counts("SELECT problem_id, count(*) FROM supports GROUP BY problem_id");
        const auto comments =
            counts("SELECT problem_id, count(*) FROM comments WHERE deleted = 0 GROUP BY problem_id");
        const auto attachments = counts("SELECT problem_id, count(*) FROM attachments GROUP BY problem_id");
        const auto countOf = [](const std::unordered_map<std::string, int>& byProblem,
                                const std::string& id) {
            const auto it = byProblem.find(id);
            return it == byProblem.end() ? 0 : it->second;
        };
        auto size = m_db.prepare("SELECT count(*) FROM problems WHERE +deleted = 0" + merged);
        if (size.step())
            out.reserve(static_cast<std::size_t>(size.int64(0)));
        // readProblem's columns, without the description; the counts come from the maps above.
        auto st = m_db.prepare("SELECT rowid, id, title, '', category, status, lat, lon, address, author, "
                               "created, updated, 0, 0, 0, duplicate_of FROM problems WHERE +deleted = 0" +
                               merged + " ORDER BY rowid");
        while (st.step()) { // a scan of the table, not a walk of the point index
            Problem& p = out.emplace_back(readProblem(st));
            p.supportCount = countOf(supports, p.id);
            p.commentCount = countOf(comments, p.id);
            p.attachmentCount = countOf(attachments, p.id);
        }
    } catch (const SqlError& e) {
        return Error::make("query_failed", e.message);
    }
    return out;
}

Result<std::int64_t> Store::countProblems(const ProblemQuery& query)
{
    auto filter = makeFilter(m_db, query);
    if (!filter)
        return filter.error();
    try {
        auto st = m_db.prepare("SELECT count(*) FROM problems p" + filter->where);
        filter->bind(st);
        return st.step() ? st.int64(0) : 0;
    } catch (const SqlError& e) {
        return Error::make("query_failed", e.message);
    }
}

Status Store::forEachProblem(const std::function<void(const Problem&)>& visit)
{
    try {
        auto st = m_db.prepare(std::string(kProblemColumns) + "WHERE p.deleted = 0 ORDER BY p.rowid");
        while (st.step())
            visit(readProblem(st));
    } catch (const SqlError& e) {
        return Error::make("query_failed", e.message).at(m_path);
    }
    return {};
}

Result<std::vector<std::int64_t>> Store::searchRowids(const std::string& text, int limit)
{
    const std::string needle = trimmed(text);
    if (needle.empty())
        return std::vector<std::int64_t>{};
    if (!isValidUtf8(needle))
        return Error::make("invalid_utf8", "the search text is not valid UTF-8", "text");
    try {
        return search::find(m_db, needle, limit, true);
    } catch (const SqlError& e) {
        return Error::make("query_failed", e.message);
    }
}

std::vector<ProblemPoint> Store::allPoints(bool includeMerged)
{
    std::vector<ProblemPoint> out;
    const std::string merged = includeMerged ? "" : " AND duplicate_of = ''";
    // The covering index problems_point answers both reads; it is not named (INDEXED BY), because
    // between a first sync's groups it is absent and the table answers instead (BulkWriter).
    {
        auto count = m_db.prepare("SELECT count(*) FROM problems WHERE deleted = 0" + merged);
        if (count.step())
            out.reserve(static_cast<std::size_t>(count.int64(0)));
    }
    // The category codes map to indexes through a small table read once.
    std::vector<std::string> codes;
    for (const auto& c : defaultCategories())
        codes.emplace_back(c.code);
    auto st =
        m_db.prepare("SELECT rowid, lat, lon, category, status FROM problems WHERE deleted = 0" + merged);
    while (st.step()) {
        ProblemPoint p;
        p.rowid = st.int64(0);
        p.lat = st.real(1);
        p.lon = st.real(2);
        const std::string_view code = st.textView(3);
        const auto it = std::find(codes.begin(), codes.end(), code);
        p.category = static_cast<std::uint8_t>(it == codes.end() ? codes.size() - 1 : it - codes.begin());
        p.status = static_cast<std::uint8_t>(st.integer(4));
        out.push_back(p);
    }
    return out;
}

std::vector<ProblemPoint> Store::pointsIn(const GeoBox& box, bool includeMerged)
{
    std::vector<ProblemPoint> out;
    auto st = m_db.prepare(std::string("SELECT rowid, lat, lon, category, status FROM problems "
                                       "WHERE deleted = 0 AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?") +
                           (includeMerged ? "" : " AND duplicate_of = ''"));
    st.bind(1, box.south).bind(2, box.north).bind(3, box.west).bind(4, box.east);
    while (st.step()) {
        ProblemPoint p;
        p.rowid = st.int64(0);
        p.lat = st.real(1);
        p.lon = st.real(2);
        p.category =
            static_cast<std::uint8_t>(categoryIndex(st.textView(3)).value_or(defaultCategories().size() - 1));
        p.status = static_cast<std::uint8_t>(st.integer(4));
        out.push_back(p);
    }
    return out;
}

std::vector<Problem> Store::similarProblems(const Problem& draft, double radiusMeters, int limit)
{
    if (!validateCoordinate(draft.lat, draft.lon))
        return {};
    // Within the radius: the same category, or a title that clearly says the same thing. The box
    // is a little larger than the circle (a degree of latitude is 111.2 km on haversine's sphere).
    const double boxMeters = radiusMeters * 1.01;
    const double dLat = boxMeters / 111320.0;
    const double dLon = boxMeters / (111320.0 * std::max(0.01, std::cos(draft.lat * std::numbers::pi / 180)));
    GeoBox box{draft.lat - dLat, draft.lon - dLon, draft.lat + dLat, draft.lon + dLon};
    const auto wanted = bigrams(draft.title);
    struct Candidate
    {
        double distance;
        std::int64_t rowid;
    };
    std::vector<Candidate> candidates;
    for (const ProblemPoint& point : pointsIn(box)) {
        const double d = haversineMeters(draft.lat, draft.lon, point.lat, point.lon);
        if (d > radiusMeters)
            continue;
        candidates.push_back({d, point.rowid});
    }
    std::sort(candidates.begin(), candidates.end(),
              [](const auto& a, const auto& b) { return a.distance < b.distance; });
    constexpr std::size_t kMaxCandidates = 500;
    if (candidates.size() > kMaxCandidates)
        candidates.resize(kMaxCandidates);
    std::vector<Problem> out;
    for (const Candidate& c : candidates) {
        if (static_cast<int>(out.size()) >= limit)
            break;
        auto p = problemByRowid(c.rowid);
        if (!p || p->id == draft.id)
            continue;
        if (p->category == draft.category || clearlySimilarText(wanted, bigrams(p->title)))
            out.push_back(std::move(*p));
    }
    return out;
}

} // namespace balgul::core
