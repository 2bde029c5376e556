#include "core/voting/receipt.h"

#include "core/util/ids.h"
#include "core/util/json_writer.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Parser.h>

#include <algorithm>
#include <array>
#include <optional>
#include <random>
#include <set>

namespace balgul::core::voting {

namespace {

Error badChoices(const std::string& message)
{
    return Error::make("invalid_field", "choices: " + message, "choices");
}

std::string hashNode(const std::string& left, const std::string& right)
{
    std::string bytes(1, '\x01');
    bytes += left;
    bytes += right;
    return sha256Hex(bytes);
}

/// A ballot already in canonical form whose project ids are plain printable ASCII (every ballot
/// our clients cast), read without a JSON parser: a hub checks each ballot of a rush while its
/// voters wait. Anything else (escapes, other bytes, disorder, a bad number) is left to the full
/// reading, which says what is wrong; what this accepts, that reading accepts as the same ballot.
std::optional<Ballot> readCanonicalAscii(std::string_view text)
{
    if (text.size() < 2 || text.front() != '[' || text.back() != ']')
        return std::nullopt;
    Ballot ballot;
    std::size_t at = 1;
    const std::size_t end = text.size() - 1;
    while (at < end) {
        if (!ballot.choices.empty() && text[at++] != ',')
            return std::nullopt;
        if (at + 2 > end || text[at] != '[' || text[at + 1] != '"')
            return std::nullopt;
        at += 2;
        const std::size_t idStart = at;
        while (at < end && text[at] != '"') {
            const auto c = static_cast<unsigned char>(text[at]);
            if (c < 0x20 || c > 0x7e || c == '\\')
                return std::nullopt;
            ++at;
        }
        const std::string_view id = text.substr(idStart, at - idStart);
        if (at >= end || id.empty() || id.size() > 128)
            return std::nullopt;
        if (!ballot.choices.empty() && !(ballot.choices.back().projectId < id))
            return std::nullopt; // out of order, or chosen twice
        ++at;                    // the closing quote
        if (at >= end || text[at++] != ',' || at >= end || text[at] < '1' || text[at] > '9')
            return std::nullopt;
        std::int64_t points = 0;
        for (int digits = 0; at < end && text[at] >= '0' && text[at] <= '9'; ++at)
            if (++digits > 7)
                return std::nullopt;
            else
                points = points * 10 + (text[at] - '0');
        if (points > 1000000 || at >= end || text[at++] != ']')
            return std::nullopt;
        ballot.choices.push_back(Choice{std::string(id), static_cast<int>(points)});
    }
    return ballot;
}

} // namespace

std::string canonicalChoices(const Ballot& ballot)
{
    std::vector<Choice> sorted = ballot.choices;
    std::sort(sorted.begin(), sorted.end(),
              [](const Choice& a, const Choice& b) { return a.projectId < b.projectId; });
    std::string out = "[";
    for (std::size_t i = 0; i < sorted.size(); ++i) {
        if (i)
            out += ',';
        out += '[';
        appendJsonString(out, sorted[i].projectId);
        out += ',';
        out += std::to_string(sorted[i].points);
        out += ']';
    }
    out += ']';
    return out;
}

Result<Ballot> parseChoices(std::string_view text)
{
    if (text.size() > 64 * 1024)
        return badChoices("is longer than 65,536 bytes");
    if (auto plain = readCanonicalAscii(text))
        return std::move(*plain);
    Poco::JSON::Array::Ptr items;
    try {
        Poco::JSON::Parser parser;
        const auto parsed = parser.parse(std::string(text));
        if (parsed.type() == typeid(Poco::JSON::Array::Ptr))
            items = parsed.extract<Poco::JSON::Array::Ptr>();
    } catch (const std::exception&) {
        return badChoices("is not JSON");
    }
    if (!items)
        return badChoices("must be a JSON array of [project id, points] pairs");
    Ballot ballot;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < items->size(); ++i) {
        const auto pair = items->getArray(static_cast<unsigned>(i));
        const std::string where = "[" + std::to_string(i) + "]";
        if (!pair || pair->size() != 2 || !pair->get(0).isString())
            return badChoices(where + " must be a [project id, points] pair");
        const auto points = pair->get(1);
        if (!points.isInteger() || points.isBoolean())
            return badChoices(where + ": points must be a whole number");
        const auto n = points.convert<std::int64_t>();
        if (n < 1 || n > 1000000)
            return badChoices(where + ": points must be within 1..1000000");
        Choice c{pair->getElement<std::string>(0), static_cast<int>(n)};
        if (c.projectId.empty() || c.projectId.size() > 128)
            return badChoices(where + ": the project id must be 1 to 128 bytes");
        if (!seen.insert(c.projectId).second)
            return badChoices(where + ": " + c.projectId + " is chosen twice");
        ballot.choices.push_back(std::move(c));
    }
    if (canonicalChoices(ballot) != text)
        return badChoices("must be in canonical form: pairs in project id order, no spaces");
    return ballot;
}

std::string newBallotSecret()
{
    std::random_device device;
    std::string out;
    static constexpr char kHex[] = "0123456789abcdef";
    for (int i = 0; i < 8; ++i) {
        const auto word = device();
        for (int b = 0; b < 8; ++b)
            out += kHex[(word >> (b * 4)) & 0xF];
    }
    return out;
}

std::string ballotReceipt(std::string_view roundId, std::string_view canonical, std::string_view secret)
{
    std::string bytes = "balgul-ballot-v1\n";
    bytes += roundId;
    bytes += '\n';
    bytes += canonical;
    bytes += '\n';
    bytes += secret;
    return sha256Hex(bytes);
}

std::string merkleLeaf(const PublishedBallot& ballot)
{
    std::string bytes(1, '\0');
    bytes += ballot.receipt;
    bytes += '\n';
    bytes += ballot.choices;
    return sha256Hex(bytes);
}

std::string merkleRoot(const std::vector<std::string>& leaves)
{
    if (leaves.empty())
        return sha256Hex({});
    std::vector<std::string> level = leaves;
    while (level.size() > 1) {
        std::vector<std::string> up;
        up.reserve((level.size() + 1) / 2);
        for (std::size_t i = 0; i + 1 < level.size(); i += 2)
            up.push_back(hashNode(level[i], level[i + 1]));
        if (level.size() % 2)
            up.push_back(level.back());
        level = std::move(up);
    }
    return level.front();
}

std::vector<ProofStep> merkleProof(const std::vector<std::string>& leaves, std::size_t index)
{
    std::vector<ProofStep> proof;
    if (index >= leaves.size())
        return proof;
    std::vector<std::string> level = leaves;
    while (level.size() > 1) {
        const std::size_t sibling = index ^ 1u;
        if (sibling < level.size())
            proof.push_back(ProofStep{level[sibling], sibling < index});
        std::vector<std::string> up;
        for (std::size_t i = 0; i + 1 < level.size(); i += 2)
            up.push_back(hashNode(level[i], level[i + 1]));
        if (level.size() % 2)
            up.push_back(level.back());
        level = std::move(up);
        index /= 2;
    }
    return proof;
}

bool verifyMerkleProof(const std::string& leaf, const std::vector<ProofStep>& proof, const std::string& root)
{
    std::string at = leaf;
    for (const ProofStep& step : proof)
        at = step.left ? hashNode(step.hash, at) : hashNode(at, step.hash);
    return at == root;
}

} // namespace balgul::core::voting
