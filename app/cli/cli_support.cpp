#include "app/cli/cli_support.h"

#include "core/store/store.h"

#include "core/util/text.h"

#include <charconv>
#include <iostream>

namespace balgul::cli {

core::Result<std::unique_ptr<core::Store>> openExistingStore(const std::string& path)
{
    core::StoreOptions options;
    options.create = false;
    return core::Store::open(path, options);
}

int failed(const core::Error& error)
{
    std::cerr << "balgul-cli: " << error.toString() << '\n';
    return kFailed;
}

int usage(const std::string& message)
{
    std::cerr << "balgul-cli: " << message << " (see balgul-cli --help)\n";
    return kUsage;
}

std::optional<std::int64_t> wholeNumber(std::string_view text, std::int64_t min, std::int64_t max)
{
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size() || value < min || value > max)
        return std::nullopt;
    return value;
}

std::optional<double> decimalNumber(std::string_view text, double min, double max)
{
    const auto value = core::parseDecimal(text);
    if (!value || *value < min || *value > max)
        return std::nullopt;
    return value;
}

} // namespace balgul::cli
