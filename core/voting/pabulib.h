#pragma once

// Pabulib's `.pb` files (pabulib.org): a participatory budgeting election as sections META
// (key;value), PROJECTS and VOTES, `;` separated, fields optionally quoted with "…" ("" for a quote).
// Read line by line from a stream; written back so that the reader reads the same again.

#include "core/voting/ballot.h"

#include <iosfwd>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace balgul::core::voting {

/// A file that cannot be read: "Poland_x.pb:12: budget: \"12a\" is not a number".
class PabulibError : public std::runtime_error
{
public:
    PabulibError(std::string file, long line, std::string field, const std::string& message);

    const std::string& file() const { return m_file; }
    long line() const { return m_line; }
    const std::string& field() const { return m_field; }
    /// The message alone, without file, line and field.
    const std::string& detail() const { return m_detail; }

private:
    std::string m_file;
    long m_line = 0;
    std::string m_field;
    std::string m_detail;
};

struct PabulibFile
{
    /// META in file order, values as written.
    std::vector<std::pair<std::string, std::string>> meta;
    /// Projects (id, name, cost; `order` is the row's position from 0), ballot rules, budget, minimum
    /// score, and the rule when META names one of ours (else Greedy, and `rule` is empty).
    Round round;
    std::optional<Rule> rule;
    std::string ruleText; ///< META `rule` as written ("" when absent)
    std::vector<Ballot> ballots;
    std::vector<std::string> voterIds; ///< aligned with `ballots`
    /// Ids of the projects whose `selected` column is 1, in file order.
    std::vector<std::string> fileSelected;
    std::string currency; ///< META `currency` ("PLN"), empty when absent

    /// PROJECTS columns other than project_id, cost and name (votes, score, selected…), with each
    /// project's values aligned with `round.projects`.
    std::vector<std::string> projectColumns;
    std::vector<std::vector<std::string>> projectValues;
    /// VOTES columns other than voter_id, vote and points (age, sex…), values aligned with `ballots`.
    std::vector<std::string> voteColumns;
    std::vector<std::vector<std::string>> voteValues;

    bool operator==(const PabulibFile& other) const;
};

/// Reads a whole file. `fileName` names it in errors. Every ballot must keep the round's rules
/// (checkBallot): a vote naming an unknown project or giving more points than allowed is an error.
PabulibFile readPabulib(std::istream& in, const std::string& fileName);
/// Opens and reads `path`; errors name the file by its last path component.
PabulibFile readPabulibFile(const std::string& path);

/// Writes `file` as `.pb`: META (with budget, vote_type and the limits the round says), PROJECTS
/// (project_id;cost;name and the other columns), VOTES (voter_id;vote[;points] and the others).
void writePabulib(std::ostream& out, const PabulibFile& file);

/// The symbol amounts of this currency are written with: "₩" for KRW, "€", "$", else "PLN ".
std::string currencySymbol(std::string_view currency);

} // namespace balgul::core::voting
