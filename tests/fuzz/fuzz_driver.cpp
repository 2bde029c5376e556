// One libFuzzer target: BALGUL_FUZZ_CHECK_FUNCTION names the check of fuzz_checks.h it runs.

#include "tests/fuzz/fuzz_checks.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    balgul::fuzz::BALGUL_FUZZ_CHECK_FUNCTION(std::string_view(reinterpret_cast<const char*>(data), size));
    return 0;
}
