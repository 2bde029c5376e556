#include "hub/voting/voting_service.h"

#include "hub/voting/voting_changes.h"

#include "core/util/ids.h"
#include "core/util/json_writer.h"
#include "core/util/time.h"
#include "core/voting/round_json.h"

#include <Poco/JSON/Stringifier.h>
#include <Poco/Net/HTTPRequest.h>

#include <sstream>

namespace balgul::hub {

namespace {

using Poco::Net::HTTPRequest;
constexpr std::string_view kPrefix = "/v1/rounds";

std::string stateOf(const EntityState& round, core::Timestamp now)
{
    const auto opens = roundTime(round, "opens");
    const auto closes = roundTime(round, "closes");
    if (closes && *closes <= now)
        return "closed";
    if (opens && *opens <= now)
        return "open";
    return "upcoming";
}

/// A round as anyone may read it: its fields, its state by the hub's clock and, once closed, how
/// many ballots it took.
std::string roundJson(const EntityState& round, const std::string& state, std::int64_t ballots)
{
    Poco::JSON::Object o(*round.fields);
    o.set("id", round.id);
    o.set("version", round.seq);
    o.set("state", state);
    if (state == "closed")
        o.set("ballots", ballots);
    std::ostringstream out;
    Poco::JSON::Stringifier::condense(o, out);
    return out.str();
}

} // namespace

bool VotingService::isVotingPath(const std::string& path)
{
    return path == kPrefix || path.rfind(std::string(kPrefix) + "/", 0) == 0;
}

void VotingService::handle(Exchange& ex)
{
    if (ex.request.getMethod() != HTTPRequest::HTTP_GET) {
        ex.response.set("Allow", "GET");
        throw HttpError::make(405, "method_not_allowed",
                              "use GET for " + ex.path +
                                  "; rounds and ballots are written through /v1/sync/push");
    }
    if (ex.path == kPrefix)
        return list(ex);
    std::string rest = ex.path.substr(kPrefix.size() + 1);
    std::string tail;
    if (const auto slash = rest.find('/'); slash != std::string::npos) {
        tail = rest.substr(slash + 1);
        rest.resize(slash);
    }
    if (!core::isCanonicalUuid(rest))
        throw HttpError::make(404, "not_found", "no such voting round");
    if (tail.empty())
        return one(ex, rest);
    if (tail == "results")
        return results(ex, rest);
    if (tail == "proof")
        return proof(ex, rest);
    throw HttpError::make(404, "not_found", "no such endpoint");
}

void VotingService::list(Exchange& ex)
{
    const auto now = core::now();
    std::string out = "{\"rounds\":[";
    bool first = true;
    for (const EntityState& round : m_storage->rounds()) {
        const std::string state = stateOf(round, now);
        if (!first)
            out += ',';
        first = false;
        out += roundJson(round, state, state == "closed" ? m_storage->ballotCount(round.id) : 0);
    }
    out += "],\"server_time\":";
    out += core::jsonQuote(core::toIso8601(now));
    out += '}';
    sendJson(ex, 200, out);
}

void VotingService::one(Exchange& ex, const std::string& id)
{
    const auto round = m_storage->round(id);
    if (!round || round->deleted)
        throw HttpError::make(404, "not_found", "no such voting round");
    const std::string state = stateOf(*round, core::now());
    sendJson(ex, 200, roundJson(*round, state, state == "closed" ? m_storage->ballotCount(id) : 0));
}

std::string VotingService::published(const std::string& id)
{
    {
        std::lock_guard lock(m_cacheMutex);
        if (const auto it = m_published.find(id); it != m_published.end())
            return it->second;
    }
    const auto round = m_storage->round(id);
    if (!round || round->deleted)
        throw HttpError::make(404, "not_found", "no such voting round");
    const auto closes = roundTime(*round, "closes");
    if (stateOf(*round, core::now()) != "closed")
        throw HttpError::make(409, "round_open",
                              "the results are published when the round closes" +
                                  (closes ? " (" + core::toIso8601(*closes) + ")" : std::string()));
    auto info = core::voting::roundFromSyncFields(id, *round->fields);
    if (!info)
        throw HttpError::make(409, "round_invalid", info.error().message);
    std::string text = core::voting::publishedResultsJson(*info, m_storage->ballotsOf(id));
    std::lock_guard lock(m_cacheMutex);
    if (m_published.size() > 256)
        m_published.clear();
    return m_published.emplace(id, std::move(text)).first->second;
}

void VotingService::results(Exchange& ex, const std::string& id)
{
    sendJson(ex, 200, published(id));
}

void VotingService::proof(Exchange& ex, const std::string& id)
{
    bool present = false;
    const std::string receipt = queryValue(ex.query, "receipt", &present);
    if (!present || !core::isSha256Hex(receipt))
        throw HttpError::make(400, "invalid_field", "receipt must be 64 lower-case hex characters",
                              "receipt");
    auto parsed = core::voting::parsePublishedResults(published(id));
    if (!parsed)
        throw HttpError::make(409, "round_invalid", parsed.error().message);
    std::vector<std::string> leaves;
    std::size_t index = parsed->ballots.size();
    for (std::size_t i = 0; i < parsed->ballots.size(); ++i) {
        leaves.push_back(core::voting::merkleLeaf(parsed->ballots[i]));
        if (parsed->ballots[i].receipt == receipt)
            index = i;
    }
    if (index == parsed->ballots.size())
        throw HttpError::make(404, "not_found", "no ballot of this round has that receipt", "receipt");
    std::string path = "[";
    const auto steps = core::voting::merkleProof(leaves, index);
    for (std::size_t i = 0; i < steps.size(); ++i) {
        if (i)
            path += ',';
        path += core::JsonObjectWriter()
                    .add("hash", steps[i].hash)
                    .add("side", steps[i].left ? "left" : "right")
                    .str();
    }
    path += ']';
    sendJson(ex, 200,
             core::JsonObjectWriter()
                 .add("round_id", id)
                 .add("receipt", receipt)
                 .add("choices", parsed->ballots[index].choices)
                 .add("index", static_cast<std::int64_t>(index))
                 .add("leaf", leaves[index])
                 .addRaw("path", path)
                 .add("merkle_root", parsed->merkleRoot)
                 .str());
}

} // namespace balgul::hub
