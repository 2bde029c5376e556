// Pabulib's .pb files (core/voting/pabulib.h): every real file of ../shared/data/pabulib tallies to the
// projects its `selected` column names, a file written reads back the same, and a bad file is refused
// naming its line and field.

#include "core/voting/ballot_rules.h"
#include "core/voting/pabulib.h"
#include "core/voting/tally.h"
#include "tests/support/test_support.h"

#include <QDir>
#include <QTest>

#include <set>
#include <sstream>

using namespace balgul::core::voting;

namespace {

PabulibFile readText(const std::string& text, const std::string& name = "test.pb")
{
    std::istringstream in(text);
    return readPabulib(in, name);
}

std::string writeText(const PabulibFile& file)
{
    std::ostringstream out;
    writePabulib(out, file);
    return out.str();
}

const char* kSmall = "META\n"
                     "key;value\n"
                     "description;\"A test; with a semicolon\"\n"
                     "budget;100\n"
                     "vote_type;cumulative\n"
                     "rule;greedy\n"
                     "max_sum_points;10\n"
                     "currency;KRW\n"
                     "PROJECTS\n"
                     "project_id;cost;votes;name;selected\n"
                     "1;60;2;\"Park \"\"Green\"\"; phase 1\";1\n"
                     "2;50;1;Library;0\n"
                     "3;30;1;Bench;1\n"
                     "VOTES\n"
                     "voter_id;vote;points;sex\n"
                     "a;1,2;6,4;F\n"
                     "b;1,3;5,5;M\n";

} // namespace

class TestPabulib : public QObject
{
    Q_OBJECT

private slots:
    void readsQuotedFieldsAndPoints()
    {
        const PabulibFile file = readText(kSmall);
        QCOMPARE(file.round.budget, std::int64_t(100));
        QVERIFY(file.round.ballot.type == BallotType::Cumulative);
        QCOMPARE(file.round.ballot.maxTotalPoints, 10);
        QVERIFY(file.rule == Rule::Greedy);
        QCOMPARE(file.currency, std::string("KRW"));
        QCOMPARE(file.meta[0].second, std::string("A test; with a semicolon"));
        QCOMPARE(file.round.projects.size(), std::size_t(3));
        QCOMPARE(file.round.projects[0].name, std::string("Park \"Green\"; phase 1"));
        QCOMPARE(file.round.projects[2].order, 2);
        QCOMPARE(file.projectColumns, (std::vector<std::string>{"votes", "selected"}));
        QCOMPARE(file.fileSelected, (std::vector<std::string>{"1", "3"}));
        QCOMPARE(file.ballots.size(), std::size_t(2));
        QCOMPARE(file.ballots[0].choices[1].projectId, std::string("2"));
        QCOMPARE(file.ballots[0].choices[1].points, 4);
        QCOMPARE(file.voterIds, (std::vector<std::string>{"a", "b"}));
        QCOMPARE(file.voteColumns, (std::vector<std::string>{"sex"}));
        // Scores 11, 4, 5: 1 (60), then 3 (30) fits and 2 (50) does not.
        const Tally t = tally(file.round, file.ballots);
        QCOMPARE(t.selected, (std::vector<std::string>{"1", "3"}));
        QCOMPARE(t.projects[0].score, std::int64_t(11));
    }

    void writtenFilesReadBackTheSame()
    {
        const PabulibFile file = readText(kSmall);
        const std::string written = writeText(file);
        const PabulibFile again = readText(written, "written.pb");
        QVERIFY(again == file);
        QCOMPARE(writeText(again), written);

        // A round made in code, with what the META lacks written from it.
        PabulibFile made;
        made.round.budget = 30000000;
        made.round.ballot.type = BallotType::Approval;
        made.round.ballot.maxChoices = 2;
        made.rule = Rule::EqualShares;
        made.round.rule = Rule::EqualShares;
        made.round.projects = {{"P1", "Crossing; safer", 20000000, 0}, {"P2", "", 15000000, 1}};
        made.ballots = {Ballot{{{"P1", 1}, {"P2", 1}}}, Ballot{}};
        made.voterIds = {"v1", "v2"};
        const PabulibFile read = readText(writeText(made));
        QCOMPARE(read.round.budget, std::int64_t(30000000));
        QCOMPARE(read.round.ballot.maxChoices, 2);
        QVERIFY(read.rule == Rule::EqualShares);
        QCOMPARE(read.round.projects[0].name, std::string("Crossing; safer"));
        QCOMPARE(read.ballots.size(), std::size_t(2));
        QVERIFY(read.ballots[1].choices.empty());
        QVERIFY(readText(writeText(read)) == read);
    }

    void badFilesNameTheLine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<long>("line");
        QTest::addColumn<QString>("message");
        const QString head = QStringLiteral("META\nkey;value\nbudget;100\nvote_type;approval\nPROJECTS\n"
                                            "project_id;cost\nA;40\nB;50\nVOTES\nvoter_id;vote\n");
        QTest::newRow("budget not a number")
            << QStringLiteral("META\nkey;value\nbudget;12a\nvote_type;approval\nPROJECTS\nproject_id;cost\n"
                              "VOTES\nvoter_id;vote\n")
            << 3L << QStringLiteral("bad.pb:3: budget: \"12a\" is not a number");
        QTest::newRow("cost not a number")
            << QStringLiteral("META\nkey;value\nbudget;100\nvote_type;approval\nPROJECTS\nproject_id;cost\n"
                              "A;4O\nVOTES\nvoter_id;vote\n")
            << 7L << QStringLiteral("bad.pb:7: cost: \"4O\" is not a number");
        QTest::newRow("cost with a fraction")
            << QStringLiteral("META\nkey;value\nbudget;100\nvote_type;approval\nPROJECTS\nproject_id;cost\n"
                              "A;4.5\nVOTES\nvoter_id;vote\n")
            << 7L << QStringLiteral("bad.pb:7: cost: \"4.5\" is not a whole number");
        QTest::newRow("unknown project")
            << head + QStringLiteral("1;A\n2;A,C\n") << 12L
            << QStringLiteral("bad.pb:12: vote: \"C\" is not a project of this file");
        QTest::newRow("wrong column count")
            << head + QStringLiteral("1;A;x\n") << 11L
            << QStringLiteral("bad.pb:11: expected 2 fields as in the VOTES header, found 3");
        QTest::newRow("duplicate project")
            << QStringLiteral("META\nkey;value\nbudget;100\nvote_type;approval\nPROJECTS\nproject_id;cost\n"
                              "A;4\nA;5\nVOTES\nvoter_id;vote\n")
            << 8L << QStringLiteral("bad.pb:8: project_id: \"A\" is used by an earlier project too");
        QTest::newRow("points over the limit")
            << QStringLiteral(
                   "META\nkey;value\nbudget;100\nvote_type;cumulative\nmax_sum_points;10\nPROJECTS\n"
                   "project_id;cost\nA;4\nB;5\nVOTES\nvoter_id;vote;points\n1;A,B;6,5\n")
            << 12L << QStringLiteral("bad.pb:12: points: Gives 11 points in all; at most 10");
        QTest::newRow("points not aligned")
            << QStringLiteral("META\nkey;value\nbudget;100\nvote_type;cumulative\nPROJECTS\n"
                              "project_id;cost\nA;4\nB;5\nVOTES\nvoter_id;vote;points\n1;A,B;6\n")
            << 11L << QStringLiteral("bad.pb:11: points: 1 points for 2 projects");
        QTest::newRow("missing votes")
            << QStringLiteral(
                   "META\nkey;value\nbudget;100\nvote_type;approval\nPROJECTS\nproject_id;cost\nA;4\n")
            << 7L << QStringLiteral("bad.pb:7: VOTES: the section is missing");
        QTest::newRow("missing budget")
            << QStringLiteral("META\nkey;value\nvote_type;approval\nPROJECTS\nproject_id;cost\nVOTES\n"
                              "voter_id;vote\n")
            << 4L << QStringLiteral("bad.pb:4: budget: META has no budget");
        QTest::newRow("not a pb file")
            << QStringLiteral("id,name\n1,x\n") << 1L
            << QStringLiteral("bad.pb:1: the file starts with META (is this a Pabulib "
                              ".pb file?)");
        QTest::newRow("too many choices")
            << QStringLiteral("META\nkey;value\nbudget;100\nvote_type;approval\nmax_length;1\nPROJECTS\n"
                              "project_id;cost\nA;4\nB;5\nVOTES\nvoter_id;vote\n1;A,B\n")
            << 12L << QStringLiteral("bad.pb:12: vote: Chooses 2 projects; at most 1 are allowed");
    }

    void badFilesNameTheLine()
    {
        QFETCH(QString, text);
        QFETCH(long, line);
        QFETCH(QString, message);
        try {
            readText(text.toStdString(), "bad.pb");
            QFAIL("the file was read");
        } catch (const PabulibError& e) {
            QCOMPARE(QString::fromStdString(e.what()), message);
            QCOMPARE(e.line(), line);
            QCOMPARE(QString::fromStdString(e.file()), QStringLiteral("bad.pb"));
        }
    }

    void realFilesTallyToTheirSelection()
    {
        BALGUL_REQUIRE_SHARED_DATA(shared);
        const QDir dir(shared + QStringLiteral("/pabulib"));
        const QStringList names = dir.entryList({QStringLiteral("*.pb")}, QDir::Files, QDir::Name);
        if (names.isEmpty())
            QSKIP("no Pabulib files in ../shared/data/pabulib");
        int checked = 0;
        for (const QString& name : names) {
            const PabulibFile file = readPabulibFile(dir.filePath(name).toStdString());
            QVERIFY2(!file.ballots.empty(), qPrintable(name));
            if (!file.rule)
                continue;
            const Tally t = tally(file.round, file.ballots);
            const std::set<std::string> got(t.selected.begin(), t.selected.end());
            const std::set<std::string> expected(file.fileSelected.begin(), file.fileSelected.end());
            QVERIFY2(got == expected,
                     qPrintable(name + QStringLiteral(" under ") +
                                QString::fromStdString(std::string(ruleName(file.round.rule)))));
            QVERIFY(t.cost <= file.round.budget);
            ++checked;
            // And the file written back reads the same.
            if (file.ballots.size() < 10000)
                QVERIFY2(readText(writeText(file), name.toStdString()) == file, qPrintable(name));
        }
        QVERIFY(checked > 0);
    }
};

QTEST_GUILESS_MAIN(TestPabulib)
#include "test_pabulib.moc"
