#include "core/sync/sync_dump.h"

#include "core/sync/protocol.h"
#include "core/util/json_writer.h"
#include "core/util/time.h"

#include <Poco/JSON/Array.h>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace balgul::core::sync {

namespace {

std::string text(const Poco::JSON::Object::Ptr& o, const std::string& key)
{
    if (!o || !o->has(key))
        return jsonQuote("");
    const auto v = o->get(key);
    return jsonQuote(v.isString() ? v.extract<std::string>() : v.convert<std::string>());
}

std::string number(const Poco::JSON::Object::Ptr& o, const std::string& key)
{
    double d = 0;
    try {
        if (o && o->has(key))
            d = o->get(key).convert<double>();
    } catch (const Poco::Exception&) {
    }
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%.7f", d);
    return buffer;
}

std::string time(const Poco::JSON::Object::Ptr& o, const std::string& key)
{
    if (!o || !o->has(key) || !o->get(key).isString())
        return "-";
    const auto t = parseIso8601(o->get(key).extract<std::string>());
    return t ? toIso8601(fromUnixMs(toUnixMs(*t))) : "-";
}

/// A list of ids, sorted: an array, or a string holding one.
std::string list(const Poco::JSON::Object::Ptr& o, const std::string& key)
{
    std::vector<std::string> items;
    if (o && o->has(key)) {
        Poco::Dynamic::Var v = o->get(key);
        if (v.isString()) {
            auto parsed = parseObject("{\"v\":" + v.extract<std::string>() + "}");
            v = parsed ? (*parsed)->get("v") : Poco::Dynamic::Var();
        }
        if (v.type() == typeid(Poco::JSON::Array::Ptr))
            if (const auto array = v.extract<Poco::JSON::Array::Ptr>())
                for (std::size_t i = 0; i < array->size(); ++i)
                    items.push_back(array->get(static_cast<unsigned>(i)).toString());
    }
    std::sort(items.begin(), items.end());
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i)
        out += (i ? "," : "") + jsonQuote(items[i]);
    return out + "]";
}

} // namespace

std::string canonicalLine(const std::string& entity, const Poco::JSON::Object::Ptr& fields,
                          const std::string& id)
{
    if (entity == "problem")
        return "problem " + id + " " + text(fields, "title") + " " + text(fields, "description") + " " +
               text(fields, "category") + " " + text(fields, "status") + " " + number(fields, "lat") + " " +
               number(fields, "lon") + " " + text(fields, "address") + " " + text(fields, "author") + " " +
               time(fields, "created") + " " + text(fields, "duplicate_of");
    if (entity == "comment")
        return "comment " + id + " " + text(fields, "problem_id") + " " + text(fields, "author") + " " +
               text(fields, "text") + " " + time(fields, "created");
    if (entity == "status_change")
        return "status_change " + id + " " + text(fields, "problem_id") + " " + text(fields, "from") + " " +
               text(fields, "to") + " " + text(fields, "note") + " " + text(fields, "reason") + " " +
               text(fields, "author") + " " + time(fields, "at");
    if (entity == "problem_merge")
        return "problem_merge " + id + " " + text(fields, "duplicate_id") + " " + text(fields, "kept_id") +
               " " + text(fields, "note") + " " + text(fields, "status_before") + " " +
               list(fields, "moved_comments") + " " + list(fields, "moved_supports") + " " +
               list(fields, "kept_supports") + " " + text(fields, "author") + " " + time(fields, "at");
    if (entity == "support") // keyed by the account, as both sides keep them
        return "support " + text(fields, "problem_id") + " " + text(fields, "user_id");
    return "attachment " + text(fields, "problem_id") + " " + text(fields, "sha256") + " " +
           text(fields, "file_name");
}

std::string canonicalDump(Store& store)
{
    std::vector<std::string> lines;
    Database& db = store.database();
    {
        auto st =
            db.prepare("SELECT id, title, description, category, status, lat, lon, address, author, created, "
                       "duplicate_of FROM problems WHERE deleted = 0");
        while (st.step()) {
            Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
            o->set("title", st.text(1));
            o->set("description", st.text(2));
            o->set("category", st.text(3));
            o->set("status", std::string(toString(static_cast<ProblemStatus>(st.integer(4)))));
            o->set("lat", st.real(5));
            o->set("lon", st.real(6));
            o->set("address", st.text(7));
            o->set("author", st.text(8));
            o->set("created", toIso8601(fromUnixMs(st.int64(9))));
            o->set("duplicate_of", st.text(10));
            lines.push_back(canonicalLine("problem", o, st.text(0)));
        }
    }
    {
        auto st =
            db.prepare("SELECT id, duplicate_id, kept_id, note, status_before, moved_comments, "
                       "moved_supports, kept_supports, author, at FROM problem_merges WHERE deleted = 0");
        while (st.step()) {
            Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
            o->set("duplicate_id", st.text(1));
            o->set("kept_id", st.text(2));
            o->set("note", st.text(3));
            o->set("status_before", std::string(toString(static_cast<ProblemStatus>(
                                        std::clamp(st.integer(4), 0, kProblemStatusCount - 1)))));
            o->set("moved_comments", st.text(5));
            o->set("moved_supports", st.text(6));
            o->set("kept_supports", st.text(7));
            o->set("author", st.text(8));
            o->set("at", toIso8601(fromUnixMs(st.int64(9))));
            lines.push_back(canonicalLine("problem_merge", o, st.text(0)));
        }
    }
    {
        auto st = db.prepare("SELECT id, problem_id, author, text, created FROM comments WHERE deleted = 0");
        while (st.step()) {
            Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
            o->set("problem_id", st.text(1));
            o->set("author", st.text(2));
            o->set("text", st.text(3));
            o->set("created", toIso8601(fromUnixMs(st.int64(4))));
            lines.push_back(canonicalLine("comment", o, st.text(0)));
        }
    }
    {
        auto st =
            db.prepare("SELECT h.id, h.problem_id, h.from_status, h.to_status, h.note, h.reason, h.author, "
                       "h.at FROM status_history h");
        const auto status = [](int value) {
            return std::string(
                toString(static_cast<ProblemStatus>(std::clamp(value, 0, kProblemStatusCount - 1))));
        };
        while (st.step()) {
            Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
            o->set("problem_id", st.text(1));
            o->set("from", status(st.integer(2)));
            o->set("to", status(st.integer(3)));
            o->set("note", st.text(4));
            o->set("reason", st.text(5));
            o->set("author", st.text(6));
            o->set("at", toIso8601(fromUnixMs(st.int64(7))));
            lines.push_back(canonicalLine("status_change", o, st.text(0)));
        }
    }
    {
        auto st = db.prepare("SELECT problem_id, owner_id FROM supports");
        while (st.step()) {
            Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
            o->set("problem_id", st.text(0));
            o->set("user_id", st.text(1));
            lines.push_back(canonicalLine("support", o, {}));
        }
    }
    {
        auto st = db.prepare("SELECT problem_id, sha256, file_name FROM attachments");
        while (st.step()) {
            Poco::JSON::Object::Ptr o = new Poco::JSON::Object;
            o->set("problem_id", st.text(0));
            o->set("sha256", st.text(1));
            o->set("file_name", st.text(2));
            lines.push_back(canonicalLine("attachment", o, {}));
        }
    }
    std::sort(lines.begin(), lines.end());
    std::string out;
    for (const auto& l : lines)
        out += l + '\n';
    return out;
}

} // namespace balgul::core::sync
