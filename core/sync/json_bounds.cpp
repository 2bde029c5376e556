#include "core/sync/json_bounds.h"

#include "core/util/text.h"

#include <Poco/Exception.h>
#include <Poco/JSON/ParseHandler.h>
#include <Poco/JSON/Parser.h>

#include <exception>
#include <string>
#include <vector>

namespace balgul::core::sync {

namespace {

/// A bound passed: thrown out of the parser, which then stops (a std::exception, so the parser
/// releases its buffers on the way out).
struct BoundPassed : std::exception
{
    explicit BoundPassed(Error e) : error(std::move(e)) {}
    const char* what() const noexcept override { return "a JSON bound was passed"; }
    Error error;
};

/// Poco's tree builder with the bounds checked before each value joins the tree.
class BoundedParseHandler final : public Poco::JSON::ParseHandler
{
public:
    explicit BoundedParseHandler(const JsonBounds& bounds) : m_bounds(bounds) {}

    void reset() override
    {
        ParseHandler::reset();
        m_values = 0;
        m_frames.clear();
        m_key.clear();
    }

    void startObject() override
    {
        enter(true);
        ParseHandler::startObject();
    }
    void endObject() override
    {
        m_frames.pop_back();
        ParseHandler::endObject();
    }
    void startArray() override
    {
        enter(false);
        ParseHandler::startArray();
    }
    void endArray() override
    {
        m_frames.pop_back();
        ParseHandler::endArray();
    }

    void key(const std::string& k) override
    {
        if (k.size() > m_bounds.maxStringBytes)
            fail("a member name is longer than " + std::to_string(m_bounds.maxStringBytes) + " bytes",
                 path());
        if (!m_frames.empty() && ++m_frames.back().count > m_bounds.maxMembers)
            fail(where() + " has more than " + std::to_string(m_bounds.maxMembers) + " members", path());
        m_key = k;
        ParseHandler::key(k);
    }

    void null() override
    {
        count();
        ParseHandler::null();
    }
    void value(int v) override
    {
        count();
        ParseHandler::value(v);
    }
    void value(unsigned v) override
    {
        count();
        ParseHandler::value(v);
    }
    void value(Poco::Int64 v) override
    {
        count();
        ParseHandler::value(v);
    }
    void value(Poco::UInt64 v) override
    {
        count();
        ParseHandler::value(v);
    }
    void value(const std::string& s) override
    {
        count();
        if (s.size() > m_bounds.maxStringBytes)
            fail(where() + " is a string longer than " + std::to_string(m_bounds.maxStringBytes) + " bytes",
                 path());
        ParseHandler::value(s);
    }
    void value(double d) override
    {
        count();
        ParseHandler::value(d);
    }
    void value(bool b) override
    {
        count();
        ParseHandler::value(b);
    }

private:
    struct Frame
    {
        std::string name; ///< the member that holds it ("" for the root and array items)
        bool object = false;
        std::size_t count = 0; ///< members or items so far
    };

    [[noreturn]] static void fail(const std::string& message, const std::string& field)
    {
        throw BoundPassed(Error::make("too_large", message, field));
    }

    /// The member (or array) the next value belongs to, for messages.
    std::string path() const
    {
        if (m_frames.empty())
            return {};
        return m_frames.back().object ? m_key : m_frames.back().name;
    }
    std::string where() const
    {
        const std::string p = path();
        return p.empty() ? std::string("the body") : p;
    }

    /// One more value where the parser is now.
    void count()
    {
        if (++m_values > m_bounds.maxValues)
            fail("the body holds more than " + std::to_string(m_bounds.maxValues) + " JSON values", {});
        if (!m_frames.empty() && !m_frames.back().object && ++m_frames.back().count > m_bounds.maxItems)
            fail(where() + " has more than " + std::to_string(m_bounds.maxItems) + " items", path());
    }

    void enter(bool object)
    {
        count();
        m_frames.push_back(Frame{path(), object, 0});
    }

    const JsonBounds m_bounds;
    std::size_t m_values = 0;
    std::vector<Frame> m_frames;
    std::string m_key;
};

} // namespace

Result<Poco::JSON::Object::Ptr> parseBoundedObject(std::string_view json, const JsonBounds& bounds)
{
    if (!isValidUtf8(json))
        return Error::make("malformed_json", "the body is not valid UTF-8");
    try {
        Poco::SharedPtr<BoundedParseHandler> handler = new BoundedParseHandler(bounds);
        Poco::JSON::Parser parser(handler);
        parser.setAllowComments(false);
        parser.setDepth(bounds.maxDepth);
        const Poco::Dynamic::Var root = parser.parse(std::string(json));
        if (root.type() != typeid(Poco::JSON::Object::Ptr))
            return Error::make("malformed_json", "the body must be a JSON object");
        return root.extract<Poco::JSON::Object::Ptr>();
    } catch (const BoundPassed& passed) {
        return passed.error;
    } catch (const Poco::Exception& e) {
        return Error::make("malformed_json", "the body is not valid JSON: " + e.message());
    } catch (const std::exception& e) {
        return Error::make("malformed_json", std::string("the body is not valid JSON: ") + e.what());
    }
}

} // namespace balgul::core::sync
