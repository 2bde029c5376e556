#pragma once

// The public voting endpoints (docs/voting.md "Endpoints"): the rounds, and a closed round's
// published answer (its ballots without voters, their Merkle root, the tally under its rule and
// under every other) and the inclusion proof of one receipt. Rounds and ballots are written through
// /v1/sync/push; nothing here answers a ballot next to its voter.

#include "hub/http/http_support.h"
#include "hub/voting/voting_storage.h"

#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace balgul::hub {

class VotingService
{
public:
    explicit VotingService(std::unique_ptr<VotingStorage> storage) : m_storage(std::move(storage)) {}

    static bool isVotingPath(const std::string& path);
    /// Answers one request under /v1/rounds or throws HttpError. Reads are public.
    void handle(Exchange& ex);

private:
    void list(Exchange& ex);
    void one(Exchange& ex, const std::string& id);
    void results(Exchange& ex, const std::string& id);
    void proof(Exchange& ex, const std::string& id);
    /// The published answer of a closed round (made once: a closed round changes no more).
    std::string published(const std::string& id);

    std::unique_ptr<VotingStorage> m_storage;
    std::mutex m_cacheMutex;
    std::map<std::string, std::string> m_published;
};

} // namespace balgul::hub
