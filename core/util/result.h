#pragma once

#include <string>
#include <utility>
#include <variant>

namespace balgul::core {

/// An error a user can act on: what went wrong and where (file, line, field).
/// `code` is a stable machine word (`invalid_field`, `not_sqlite`, ...) that the UI
/// maps to a translated sentence; `message` is the English detail.
struct Error
{
    std::string code;
    std::string message;
    std::string file;
    long line = 0;
    std::string field;

    static Error make(std::string code, std::string message, std::string field = {})
    {
        Error e;
        e.code = std::move(code);
        e.message = std::move(message);
        e.field = std::move(field);
        return e;
    }
    Error& at(std::string inFile, long atLine = 0)
    {
        file = std::move(inFile);
        line = atLine;
        return *this;
    }

    /// "file:line: field: message", leaving out the parts that are empty.
    std::string toString() const;
};

/// A value or an Error. Core functions return this instead of throwing across layers.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(m_data); }
    const T& value() const& { return std::get<0>(m_data); }
    T&& value() && { return std::get<0>(std::move(m_data)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

/// Success or an Error.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)), m_failed(true) {}

    static Status success() { return {}; }
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

} // namespace balgul::core
