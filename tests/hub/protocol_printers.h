#pragma once

// Comparing the protocol's enums in tests by name, so a failure prints "rejected", not "3".

#include "core/sync/protocol.h"

#include <QTest>

#include <string>

namespace balgul::test {

inline std::string name(core::sync::OpStatus status)
{
    return std::string(core::sync::toString(status));
}

inline std::string name(core::sync::OpKind kind)
{
    return std::string(core::sync::toString(kind));
}

} // namespace balgul::test

#define BALGUL_COMPARE_ENUM(actual, expected)                                                                \
    QCOMPARE(balgul::test::name(actual), balgul::test::name(expected))
