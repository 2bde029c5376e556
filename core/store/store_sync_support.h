#pragma once

// Helpers shared by the store's sync files (store_sync.cpp, store_pull.cpp); not a public API.

#include "core/store/store.h"
#include "core/sync/protocol.h"
#include "core/util/ids.h"

#include <Poco/Dynamic/Var.h>
#include <Poco/JSON/Object.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <string_view>

namespace balgul::core::detail {

namespace fs = std::filesystem;

inline Error sqlFailure(const SqlError& e, const std::string& path)
{
    return storeError(e, path, "store_failed", "the store could not be written");
}

/// A JSON value as compact text (an object member's value).
inline std::string valueJson(const Poco::JSON::Object::Ptr& object, const std::string& key)
{
    if (!object || !object->has(key))
        return "null";
    Poco::JSON::Object::Ptr wrapper = new Poco::JSON::Object;
    wrapper->set("v", object->get(key));
    const std::string text = sync::stringify(wrapper);
    // {"v":VALUE}
    return text.substr(5, text.size() - 6);
}

/// The value of a one-value JSON text.
inline Poco::Dynamic::Var parseValue(const std::string& json)
{
    auto parsed = sync::parseObject("{\"v\":" + json + "}");
    return parsed ? (*parsed)->get("v") : Poco::Dynamic::Var();
}

/// The member `key` of `o`, or nullptr; unlike Object::get, the value is not copied (a pulled page
/// asks a million objects for a few members each).
inline const Poco::Dynamic::Var* memberOf(const Poco::JSON::Object& o, std::string_view key)
{
    for (const auto& [name, value] : o)
        if (name == key)
            return &value;
    return nullptr;
}

inline std::string stringOf(const Poco::JSON::Object::Ptr& o, std::string_view key,
                            const std::string& fallback = {})
{
    const Poco::Dynamic::Var* v = o ? memberOf(*o, key) : nullptr;
    return v && v->isString() ? v->extract<std::string>() : fallback;
}

inline std::set<std::string> fieldNames(const std::string& json)
{
    std::set<std::string> out;
    if (auto o = sync::parseObject(json))
        for (const auto& [name, value] : **o)
            out.insert(name);
    return out;
}

/// The column a synced problem field lives in, or nullptr for fields the store does not keep.
inline const char* problemColumn(const std::string& field)
{
    static const char* const kColumns[] = {"title", "description", "category", "status",  "lat",
                                           "lon",   "address",     "author",   "created", "duplicate_of"};
    for (const char* c : kColumns)
        if (field == c)
            return c;
    return nullptr;
}

/// Binds a hub field's value to a problem column as the store keeps it.
inline void bindProblemValue(Statement& st, int index, const std::string& field, const Poco::Dynamic::Var& v)
{
    try {
        if (field == "lat" || field == "lon") {
            st.bind(index, v.convert<double>());
        } else if (field == "status") {
            const auto s = problemStatusFromString(v.isString() ? v.extract<std::string>() : std::string());
            st.bind(index, static_cast<int>(s.value_or(ProblemStatus::New)));
        } else if (field == "created") {
            const auto t = parseIso8601(v.isString() ? v.extract<std::string>() : std::string());
            st.bind(index, toUnixMs(t.value_or(now())));
        } else {
            st.bind(index, v.isString() ? v.extract<std::string>() : v.convert<std::string>());
        }
    } catch (const Poco::Exception&) {
        st.bindNull(index);
    }
}

inline bool writeFileAtomically(const fs::path& path, const std::string& bytes)
{
    std::error_code ec;
    fs::create_directories(path.parent_path(), ec);
    const fs::path temporary = path.string() + ".part-" + newUuid().substr(0, 8);
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        out.flush();
        if (!out)
            return false;
    }
    fs::rename(temporary, path, ec);
    if (ec) {
        fs::remove(temporary, ec);
        return false;
    }
    return true;
}

} // namespace balgul::core::detail
