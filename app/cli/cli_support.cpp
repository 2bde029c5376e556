#include "app/cli/cli_support.h"

#include <iostream>

namespace balgul::cli {

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

} // namespace balgul::cli
