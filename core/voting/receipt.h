#pragma once

// A ballot's receipt and the Merkle tree over a closed round's published ballots
// (docs/voting.md "Receipts and the published list"). No Qt.
//
// The receipt binds the round, the ballot's contents and a secret only the voter's client keeps:
// the hub publishes (receipt, contents) pairs without voters; the voter, who alone knows the
// secret, can tell that the pair with their receipt holds what they cast.

#include "core/util/result.h"
#include "core/voting/ballot.h"

#include <string>
#include <string_view>
#include <vector>

namespace balgul::core::voting {

/// A ballot's contents as one canonical text: a JSON array of [project id, points] pairs in
/// project id order, no spaces (`[["a",1],["b",3]]`). Equal ballots give equal texts; this text is
/// what the receipt binds and what the hub publishes.
std::string canonicalChoices(const Ballot& ballot);
/// Reads a canonical text back. Error `invalid_field` (field `choices`) when it is not one: not
/// JSON, not pairs, points not a whole number 1..1,000,000, a project twice, or not in canonical
/// order or spacing (so one ballot never has two texts).
Result<Ballot> parseChoices(std::string_view text);

/// A new secret: 256 random bits as 64 lower-case hex characters.
std::string newBallotSecret();
/// SHA-256 (hex) of "balgul-ballot-v1", the round id, the canonical contents and the secret,
/// each on its own line.
std::string ballotReceipt(std::string_view roundId, std::string_view canonical, std::string_view secret);

/// One leaf of the published list.
struct PublishedBallot
{
    std::string receipt;
    std::string choices; ///< canonical text
};

/// A leaf's hash: SHA-256 of a 0 byte, the receipt, a line end and the contents (hex).
std::string merkleLeaf(const PublishedBallot& ballot);
/// The root over leaves in the published order (receipt order): an inner node is SHA-256 of a 1
/// byte and its two children's hex; a level with an odd count carries its last node up unchanged.
/// The root of no leaves is SHA-256 of nothing.
std::string merkleRoot(const std::vector<std::string>& leaves);

struct ProofStep
{
    std::string hash;
    bool left = false; ///< the sibling is on the left
};
/// The siblings from leaf `index` up to the root.
std::vector<ProofStep> merkleProof(const std::vector<std::string>& leaves, std::size_t index);
/// Whether `leaf` with `proof` leads to `root`.
bool verifyMerkleProof(const std::string& leaf, const std::vector<ProofStep>& proof, const std::string& root);

} // namespace balgul::core::voting
