#include "core/voting/pabulib.h"

#include "core/util/text.h"
#include "core/voting/ballot_rules.h"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <istream>
#include <ostream>
#include <unordered_set>

namespace balgul::core::voting {

namespace {

std::string errorText(const std::string& file, long line, const std::string& field,
                      const std::string& message)
{
    std::string out = file;
    if (line > 0) {
        out += ':';
        out += std::to_string(line);
    }
    out += ": ";
    if (!field.empty()) {
        out += field;
        out += ": ";
    }
    out += message;
    return out;
}

std::string quoted(std::string_view text)
{
    std::string out = "\"";
    out += shortened(text, 40);
    out += '"';
    return out;
}

/// Splits one record into fields; false when a quoted field runs on past the end (the record goes on
/// on the next line).
bool splitFields(std::string_view line, std::vector<std::string>& fields)
{
    fields.clear();
    std::string field;
    bool inQuotes = false;
    bool wasQuoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (inQuotes) {
            if (c == '"') {
                if (i + 1 < line.size() && line[i + 1] == '"') {
                    field += '"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                field += c;
            }
        } else if (c == '"' && !wasQuoted && field.empty()) {
            inQuotes = true;
            wasQuoted = true;
        } else if (c == ';') {
            fields.push_back(std::move(field));
            field.clear();
            wasQuoted = false;
        } else {
            field += c;
        }
    }
    fields.push_back(std::move(field));
    return !inQuotes;
}

bool needsQuotes(std::string_view field)
{
    return field.find_first_of(";\"\r\n") != std::string_view::npos ||
           (!field.empty() && (field.front() == ' ' || field.back() == ' ')) || field == "META" ||
           field == "PROJECTS" || field == "VOTES";
}

void writeField(std::ostream& out, std::string_view field)
{
    if (!needsQuotes(field)) {
        out << field;
        return;
    }
    out << '"';
    for (const char c : field) {
        if (c == '"')
            out << '"';
        out << c;
    }
    out << '"';
}

void writeRow(std::ostream& out, const std::vector<std::string_view>& fields)
{
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out << ';';
        writeField(out, fields[i]);
    }
    out << '\n';
}

/// A whole number as META and PROJECTS write it ("100000", "100000.0"); nullopt otherwise.
std::optional<std::int64_t> wholeValue(std::string_view text, std::errc& error)
{
    std::string_view digits = text;
    if (const auto dot = digits.find('.'); dot != std::string_view::npos && dot > 0 &&
                                           digits.find_first_not_of('0', dot + 1) == std::string_view::npos)
        digits = digits.substr(0, dot);
    std::int64_t value = 0;
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    error = ec;
    if (digits.empty() || ec != std::errc() || end != digits.data() + digits.size())
        return std::nullopt;
    return value;
}

enum class Section
{
    None,
    Meta,
    Projects,
    Votes,
};

/// The line-by-line reader: which section, which line, and the errors it throws.
class Reader
{
public:
    Reader(std::istream& in, const std::string& fileName) : m_in(in), m_file(fileName) {}

    PabulibFile read();

private:
    [[noreturn]] void fail(const std::string& field, const std::string& message, long line = -1) const
    {
        throw PabulibError(m_file, line < 0 ? m_recordLine : line, field, message);
    }

    /// The next record's fields; false at the end of the file. Sets `m_section` on a section line.
    bool next(std::vector<std::string>& fields, bool& sectionLine);
    std::int64_t whole(std::string_view text, const std::string& field, std::int64_t max,
                       long line = -1) const;
    void applyMeta(PabulibFile& file);
    void readProjectRow(PabulibFile& file, const std::vector<std::string>& fields);
    void readVoteRow(PabulibFile& file, const std::vector<std::string>& fields);
    void header(const std::vector<std::string>& fields);

    std::istream& m_in;
    std::string m_file;
    long m_lineNumber = 0; ///< lines read
    long m_recordLine = 0; ///< the line the current record starts on
    Section m_section = Section::None;
    bool m_expectHeader = false;
    std::vector<std::string> m_header;
    std::vector<long> m_metaLines;
    // PROJECTS / VOTES column positions.
    int m_idColumn = -1, m_costColumn = -1, m_nameColumn = -1, m_selectedColumn = -1;
    int m_voteColumn = -1, m_pointsColumn = -1;
    std::vector<int> m_otherColumns;
    std::unordered_set<std::string> m_projectIds;
    std::optional<BallotChecker> m_checker;
    std::vector<std::string> m_ids;
    std::vector<std::string> m_points;
};

bool Reader::next(std::vector<std::string>& fields, bool& sectionLine)
{
    std::string line;
    for (;;) {
        if (!std::getline(m_in, line))
            return false;
        ++m_lineNumber;
        if (m_lineNumber == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0)
            line.erase(0, 3);
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        const std::string trimmedLine = trimmed(line);
        if (trimmedLine.empty())
            continue;
        m_recordLine = m_lineNumber;
        if (trimmedLine == "META" || trimmedLine == "PROJECTS" || trimmedLine == "VOTES") {
            const Section section = trimmedLine == "META"       ? Section::Meta
                                    : trimmedLine == "PROJECTS" ? Section::Projects
                                                                : Section::Votes;
            if (static_cast<int>(section) != static_cast<int>(m_section) + 1)
                fail(trimmedLine, m_section == Section::None
                                      ? "the file starts with META"
                                      : "sections come in the order META, PROJECTS, VOTES, each once");
            if (m_expectHeader)
                fail(trimmedLine, "the section before has no header line");
            m_section = section;
            sectionLine = true;
            fields.clear();
            return true;
        }
        if (m_section == Section::None)
            fail({}, "the file starts with META (is this a Pabulib .pb file?)");
        // A quoted field may hold line breaks: the record goes on.
        while (!splitFields(line, fields)) {
            std::string more;
            if (!std::getline(m_in, more))
                fail({}, "a quoted field is not closed");
            ++m_lineNumber;
            if (!more.empty() && more.back() == '\r')
                more.pop_back();
            line += '\n';
            line += more;
        }
        sectionLine = false;
        return true;
    }
}

std::int64_t Reader::whole(std::string_view text, const std::string& field, std::int64_t max, long line) const
{
    const std::string t = trimmed(text);
    std::errc error{};
    const std::optional<std::int64_t> parsed = wholeValue(t, error);
    if (!parsed) {
        if (error == std::errc::result_out_of_range)
            fail(field, quoted(t) + " is too large", line);
        if (parseDecimal(t))
            fail(field, quoted(t) + " is not a whole number", line);
        fail(field, quoted(t) + " is not a number", line);
    }
    const std::int64_t value = *parsed;
    if (value < 0)
        fail(field, quoted(t) + " is negative", line);
    if (value > max)
        fail(field, quoted(t) + " is too large (at most " + std::to_string(max) + ")", line);
    return value;
}

void Reader::header(const std::vector<std::string>& fields)
{
    m_header.clear();
    for (const std::string& f : fields)
        m_header.push_back(trimmed(f));
    for (std::size_t i = 0; i < m_header.size(); ++i)
        for (std::size_t j = 0; j < i; ++j)
            if (m_header[i] == m_header[j])
                fail(m_header[i], "the column is named twice");
    const auto column = [&](std::string_view name) {
        const auto it = std::find(m_header.begin(), m_header.end(), name);
        return it == m_header.end() ? -1 : static_cast<int>(it - m_header.begin());
    };
    m_otherColumns.clear();
    if (m_section == Section::Meta) {
        if (m_header.size() < 2 || m_header[0] != "key" || m_header[1] != "value")
            fail("META", "the header is key;value");
        return;
    }
    if (m_section == Section::Projects) {
        m_idColumn = column("project_id");
        m_costColumn = column("cost");
        m_nameColumn = column("name");
        m_selectedColumn = column("selected");
        if (m_idColumn < 0)
            fail("project_id", "PROJECTS has no project_id column");
        if (m_costColumn < 0)
            fail("cost", "PROJECTS has no cost column");
        for (int i = 0; i < static_cast<int>(m_header.size()); ++i)
            if (i != m_idColumn && i != m_costColumn && i != m_nameColumn)
                m_otherColumns.push_back(i);
        return;
    }
    m_idColumn = column("voter_id");
    m_voteColumn = column("vote");
    m_pointsColumn = column("points");
    if (m_idColumn < 0)
        fail("voter_id", "VOTES has no voter_id column");
    if (m_voteColumn < 0)
        fail("vote", "VOTES has no vote column");
    for (int i = 0; i < static_cast<int>(m_header.size()); ++i)
        if (i != m_idColumn && i != m_voteColumn && i != m_pointsColumn)
            m_otherColumns.push_back(i);
}

void Reader::applyMeta(PabulibFile& file)
{
    Round& round = file.round;
    bool haveBudget = false, haveType = false;
    constexpr std::int64_t kMaxMoney = 1000000000000000000; // 10^18
    constexpr std::int64_t kMaxCount = 1000000000;
    for (std::size_t i = 0; i < file.meta.size(); ++i) {
        const auto& [key, value] = file.meta[i];
        const long line = m_metaLines[i];
        if (key == "budget") {
            round.budget = whole(value, key, kMaxMoney, line);
            haveBudget = true;
        } else if (key == "vote_type") {
            const std::string t = trimmed(value);
            const auto type = parseBallotType(t);
            if (!type)
                fail(key,
                     quoted(t) + (t == "ordinal" ? ": ordinal ballots are not supported"
                                                 : " is not approval, choose-1 or cumulative"),
                     line);
            round.ballot.type = *type;
            haveType = true;
        } else if (key == "rule") {
            file.ruleText = trimmed(value);
            file.rule = parseRule(file.ruleText);
        } else if (key == "currency") {
            file.currency = trimmed(value);
        } else if (key == "min_project_score_threshold") {
            round.minScore = whole(value, key, kMaxMoney, line);
        } else if (key == "max_sum_points") {
            round.ballot.maxTotalPoints = static_cast<int>(whole(value, key, kMaxCount, line));
        } else if (key == "max_points") {
            round.ballot.maxPointsPerProject = static_cast<int>(whole(value, key, kMaxCount, line));
        } else if (key == "min_length") {
            round.ballot.minChoices = static_cast<int>(whole(value, key, kMaxCount, line));
        } else if (key == "max_length") {
            round.ballot.maxChoices = static_cast<int>(whole(value, key, kMaxCount, line));
        } else if (key == "max_sum_cost") {
            round.ballot.maxTotalCost = whole(value, key, kMaxMoney, line);
        }
    }
    if (!haveBudget)
        fail("budget", "META has no budget");
    if (!haveType)
        fail("vote_type", "META has no vote_type");
    round.rule = file.rule.value_or(Rule::Greedy);
}

void Reader::readProjectRow(PabulibFile& file, const std::vector<std::string>& fields)
{
    if (fields.size() != m_header.size())
        fail({}, "expected " + std::to_string(m_header.size()) + " fields as in the PROJECTS header, found " +
                     std::to_string(fields.size()));
    Project project;
    project.id = trimmed(fields[static_cast<std::size_t>(m_idColumn)]);
    if (project.id.empty())
        fail("project_id", "empty");
    if (project.id.find(',') != std::string::npos)
        fail("project_id", quoted(project.id) + " holds a comma, which separates the projects of a vote");
    if (!m_projectIds.insert(project.id).second)
        fail("project_id", quoted(project.id) + " is used by an earlier project too");
    project.cost = whole(fields[static_cast<std::size_t>(m_costColumn)], "cost", 1000000000000000000);
    if (m_nameColumn >= 0)
        project.name = fields[static_cast<std::size_t>(m_nameColumn)];
    project.order = static_cast<int>(file.round.projects.size());
    std::vector<std::string> others;
    for (const int c : m_otherColumns)
        others.push_back(fields[static_cast<std::size_t>(c)]);
    if (m_selectedColumn >= 0 && trimmed(fields[static_cast<std::size_t>(m_selectedColumn)]) == "1")
        file.fileSelected.push_back(project.id);
    file.round.projects.push_back(std::move(project));
    file.projectValues.push_back(std::move(others));
}

/// Splits "a,b,c" (white space around items dropped); "" is no items.
void splitList(std::string_view text, std::vector<std::string>& out)
{
    out.clear();
    if (trimmed(text).empty())
        return;
    std::size_t start = 0;
    for (;;) {
        const std::size_t comma = text.find(',', start);
        out.push_back(
            trimmed(text.substr(start, comma == std::string_view::npos ? text.npos : comma - start)));
        if (comma == std::string_view::npos)
            break;
        start = comma + 1;
    }
}

void Reader::readVoteRow(PabulibFile& file, const std::vector<std::string>& fields)
{
    if (fields.size() != m_header.size())
        fail({}, "expected " + std::to_string(m_header.size()) + " fields as in the VOTES header, found " +
                     std::to_string(fields.size()));
    Ballot ballot;
    splitList(fields[static_cast<std::size_t>(m_voteColumn)], m_ids);
    const bool cumulative = file.round.ballot.type == BallotType::Cumulative;
    if (m_pointsColumn >= 0) {
        splitList(fields[static_cast<std::size_t>(m_pointsColumn)], m_points);
        if (m_points.size() != m_ids.size())
            fail("points", std::to_string(m_points.size()) + " points for " + std::to_string(m_ids.size()) +
                               " projects");
    } else if (cumulative && !m_ids.empty()) {
        fail("points", "a cumulative vote needs a points column");
    }
    ballot.choices.reserve(m_ids.size());
    for (std::size_t i = 0; i < m_ids.size(); ++i) {
        Choice choice;
        choice.projectId = m_ids[i];
        if (choice.projectId.empty())
            fail("vote", "an empty project id in the list");
        if (m_pointsColumn >= 0) {
            const std::string& text = m_points[i];
            int points = 0;
            const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), points);
            if (text.empty() || ec != std::errc() || end != text.data() + text.size())
                fail("points", quoted(text) + " is not a whole number");
            choice.points = points;
        }
        ballot.choices.push_back(std::move(choice));
    }
    const auto problems = (*m_checker)(ballot);
    if (!problems.empty()) {
        const BallotProblem& problem = problems.front();
        using Kind = BallotProblem::Kind;
        const bool aboutPoints = problem.kind == Kind::PointsNotPositive ||
                                 problem.kind == Kind::TooManyPointsOnOne ||
                                 problem.kind == Kind::TooManyPoints;
        std::string message;
        if (problem.kind == Kind::UnknownProject) {
            message = quoted(problem.projectId) + " is not a project of this file";
        } else if (problem.kind == Kind::OverBudget) {
            const std::string symbol = currencySymbol(file.currency);
            message = "the projects cost " + symbol + formatMoney(problem.value) + " in all, at most " +
                      symbol + formatMoney(problem.limit);
        } else {
            message = describe(problem, file.round);
            if (!message.empty() && message.back() == '.')
                message.pop_back();
        }
        fail(aboutPoints ? "points" : "vote", message);
    }
    file.voterIds.push_back(fields[static_cast<std::size_t>(m_idColumn)]);
    std::vector<std::string> others;
    for (const int c : m_otherColumns)
        others.push_back(fields[static_cast<std::size_t>(c)]);
    file.voteValues.push_back(std::move(others));
    file.ballots.push_back(std::move(ballot));
}

PabulibFile Reader::read()
{
    PabulibFile file;
    std::vector<std::string> fields;
    bool sectionLine = false;
    while (next(fields, sectionLine)) {
        if (sectionLine) {
            m_expectHeader = true;
            if (m_section == Section::Projects)
                applyMeta(file);
            continue;
        }
        if (m_expectHeader) {
            header(fields);
            m_expectHeader = false;
            if (m_section == Section::Projects) {
                for (const int c : m_otherColumns)
                    file.projectColumns.push_back(m_header[static_cast<std::size_t>(c)]);
            } else if (m_section == Section::Votes) {
                for (const int c : m_otherColumns)
                    file.voteColumns.push_back(m_header[static_cast<std::size_t>(c)]);
                m_checker.emplace(file.round);
            }
            continue;
        }
        switch (m_section) {
        case Section::Meta: {
            if (fields.size() < 2)
                fail({}, "a META line is key;value");
            std::string value = fields[1];
            for (std::size_t i = 2; i < fields.size(); ++i) {
                value += ';';
                value += fields[i];
            }
            file.meta.emplace_back(trimmed(fields[0]), std::move(value));
            m_metaLines.push_back(m_recordLine);
            break;
        }
        case Section::Projects:
            readProjectRow(file, fields);
            break;
        case Section::Votes:
            readVoteRow(file, fields);
            break;
        case Section::None:
            break;
        }
    }
    m_recordLine = std::max(m_lineNumber, 1L);
    if (m_section == Section::None)
        fail({}, "the file is empty (a Pabulib file starts with META)");
    if (m_section != Section::Votes)
        fail(m_section == Section::Meta ? "PROJECTS" : "VOTES", "the section is missing");
    if (m_expectHeader)
        fail("VOTES", "the section has no header line");
    return file;
}

/// META's value for a key the round also says, when the two differ (or the key is missing).
std::optional<std::string> metaValue(const PabulibFile& file, std::string_view key)
{
    const Round& r = file.round;
    if (key == "budget")
        return std::to_string(r.budget);
    if (key == "vote_type")
        return std::string(ballotTypeName(r.ballot.type));
    if (key == "rule") {
        if (file.rule && parseRule(file.ruleText) != file.rule)
            return std::string(ruleName(*file.rule));
        return file.ruleText;
    }
    const auto count = [](std::int64_t v) { return std::optional<std::string>(std::to_string(v)); };
    if (key == "min_project_score_threshold")
        return count(r.minScore);
    if (key == "max_sum_points")
        return count(r.ballot.maxTotalPoints);
    if (key == "max_points")
        return count(r.ballot.maxPointsPerProject);
    if (key == "min_length")
        return count(r.ballot.minChoices);
    if (key == "max_length")
        return count(r.ballot.maxChoices);
    if (key == "max_sum_cost")
        return count(r.ballot.maxTotalCost);
    if (key == "currency")
        return file.currency;
    return std::nullopt;
}

bool sameMeaning(std::string_view key, const std::string& written, const std::string& wanted)
{
    const std::string t = trimmed(written);
    if (t == wanted)
        return true;
    if (key == "rule")
        return parseRule(t) && parseRule(t) == parseRule(wanted);
    if (key == "vote_type" || key == "currency")
        return false;
    // "0100000.0" says 100000.
    std::errc error{};
    const auto a = wholeValue(t, error);
    const auto b = wholeValue(wanted, error);
    return a && b && *a == *b;
}

} // namespace

PabulibError::PabulibError(std::string file, long line, std::string field, const std::string& message)
    : std::runtime_error(errorText(file, line, field, message)), m_file(std::move(file)), m_line(line),
      m_field(std::move(field)), m_detail(message)
{}

bool PabulibFile::operator==(const PabulibFile& o) const
{
    const auto sameProjects = [](const std::vector<Project>& a, const std::vector<Project>& b) {
        return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const Project& x, const Project& y) {
            return x.id == y.id && x.name == y.name && x.cost == y.cost && x.order == y.order;
        });
    };
    const auto sameBallots = [](const std::vector<Ballot>& a, const std::vector<Ballot>& b) {
        return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const Ballot& x, const Ballot& y) {
            return std::equal(x.choices.begin(), x.choices.end(), y.choices.begin(), y.choices.end(),
                              [](const Choice& c, const Choice& d) {
                                  return c.projectId == d.projectId && c.points == d.points;
                              });
        });
    };
    const BallotRules& a = round.ballot;
    const BallotRules& b = o.round.ballot;
    return meta == o.meta && sameProjects(round.projects, o.round.projects) && a.type == b.type &&
           a.minChoices == b.minChoices && a.maxChoices == b.maxChoices &&
           a.maxTotalPoints == b.maxTotalPoints && a.maxPointsPerProject == b.maxPointsPerProject &&
           a.maxTotalCost == b.maxTotalCost && round.rule == o.round.rule && round.budget == o.round.budget &&
           round.minScore == o.round.minScore && rule == o.rule && ruleText == o.ruleText &&
           sameBallots(ballots, o.ballots) && voterIds == o.voterIds && fileSelected == o.fileSelected &&
           currency == o.currency && projectColumns == o.projectColumns && projectValues == o.projectValues &&
           voteColumns == o.voteColumns && voteValues == o.voteValues;
}

PabulibFile readPabulib(std::istream& in, const std::string& fileName)
{
    return Reader(in, fileName).read();
}

PabulibFile readPabulibFile(const std::string& path)
{
    const std::size_t slash = path.find_last_of('/');
    const std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw PabulibError(name, 0, {}, "cannot be opened");
    return readPabulib(in, name);
}

void writePabulib(std::ostream& out, const PabulibFile& file)
{
    // META as read, with the values the round says where they differ, and what it says beyond.
    std::vector<std::pair<std::string, std::string>> meta = file.meta;
    for (const std::string_view key :
         {"budget", "vote_type", "rule", "currency", "min_project_score_threshold", "max_sum_points",
          "max_points", "min_length", "max_length", "max_sum_cost"}) {
        // The reader takes the last line of a key.
        const std::optional<std::string> wanted = metaValue(file, key);
        auto last = meta.rend();
        for (auto it = meta.rbegin(); it != meta.rend() && last == meta.rend(); ++it)
            if (it->first == key)
                last = it;
        if (last != meta.rend()) {
            if (wanted && !sameMeaning(key, last->second, *wanted))
                last->second = *wanted;
        } else if (wanted && !wanted->empty() && *wanted != "0") {
            meta.emplace_back(std::string(key), *wanted);
        }
    }
    out << "META\n";
    writeRow(out, {"key", "value"});
    for (const auto& [key, value] : meta)
        writeRow(out, {key, value});

    out << "PROJECTS\n";
    std::vector<std::string_view> row = {"project_id", "cost", "name"};
    for (const std::string& c : file.projectColumns)
        row.push_back(c);
    writeRow(out, row);
    for (std::size_t p = 0; p < file.round.projects.size(); ++p) {
        const Project& project = file.round.projects[p];
        const std::string cost = std::to_string(project.cost);
        row = {project.id, cost, project.name};
        if (p < file.projectValues.size())
            for (const std::string& v : file.projectValues[p])
                row.push_back(v);
        writeRow(out, row);
    }

    out << "VOTES\n";
    bool points = file.round.ballot.type == BallotType::Cumulative;
    for (const Ballot& b : file.ballots)
        for (const Choice& c : b.choices)
            points = points || c.points != 1;
    row = {"voter_id", "vote"};
    if (points)
        row.push_back("points");
    for (const std::string& c : file.voteColumns)
        row.push_back(c);
    writeRow(out, row);
    std::string vote, pointList;
    for (std::size_t i = 0; i < file.ballots.size(); ++i) {
        vote.clear();
        pointList.clear();
        for (const Choice& c : file.ballots[i].choices) {
            if (!vote.empty()) {
                vote += ',';
                pointList += ',';
            }
            vote += c.projectId;
            pointList += std::to_string(c.points);
        }
        const std::string voterId = i < file.voterIds.size() ? file.voterIds[i] : std::to_string(i + 1);
        row = {voterId, vote};
        if (points)
            row.push_back(pointList);
        if (i < file.voteValues.size())
            for (const std::string& v : file.voteValues[i])
                row.push_back(v);
        writeRow(out, row);
    }
}

std::string currencySymbol(std::string_view currency)
{
    if (currency == "KRW")
        return "₩";
    if (currency == "EUR")
        return "€";
    if (currency == "USD")
        return "$";
    if (currency == "GBP")
        return "£";
    if (currency.empty())
        return {};
    std::string out(currency);
    out += ' ';
    return out;
}

} // namespace balgul::core::voting
