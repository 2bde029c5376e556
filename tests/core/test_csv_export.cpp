#include "core/demo/demo_generator.h"
#include "core/io/csv_export.h"
#include "core/store/store.h"

#include <QTemporaryDir>
#include <QTest>

#include <sstream>

using namespace balgul::core;

class TestCsvExport : public QObject
{
    Q_OBJECT

private slots:
    void field_data();
    void field();
    void exportWholeStore();
    void quotingSurvivesParsing();
    void emptyStore();
};

namespace {

using Row = std::vector<std::string>;

/// A strict RFC 4180 reader, independent of the writer under test.
std::vector<Row> parseCsv(std::string_view text)
{
    std::vector<Row> rows;
    Row row;
    std::string field;
    bool quoted = false, wasQuoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"' && field.empty() && !wasQuoted) {
            quoted = wasQuoted = true;
        } else if (c == ',') {
            row.push_back(field);
            field.clear();
            wasQuoted = false;
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            row.push_back(field);
            rows.push_back(row);
            row.clear();
            field.clear();
            wasQuoted = false;
            ++i;
        } else {
            if (c == '"' || c == '\n' || c == '\r')
                qFatal("bare quote or line break outside a quoted field");
            field += c;
        }
    }
    if (quoted)
        qFatal("unterminated quoted field");
    if (!field.empty() || !row.empty()) {
        row.push_back(field);
        rows.push_back(row);
    }
    return rows;
}

const Row kHeader{"id",  "title",   "description", "category", "category_name", "status",   "lat",
                  "lon", "address", "author",      "created",  "updated",       "supports", "comments"};

} // namespace

void TestCsvExport::field_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("guarded"); // through appendCsvText

    QTest::addRow("plain") << u"둔산동 미세먼지"_qs << u"둔산동 미세먼지"_qs << true;
    QTest::addRow("comma") << u"a, b"_qs << u"\"a, b\""_qs << true;
    QTest::addRow("quotes") << u"say \"hi\""_qs << u"\"say \"\"hi\"\"\""_qs << true;
    QTest::addRow("newline") << u"one\ntwo"_qs << u"\"one\ntwo\""_qs << true;
    QTest::addRow("crlf") << u"one\r\ntwo"_qs << u"\"one\r\ntwo\""_qs << true;
    QTest::addRow("leading space") << u" x"_qs << u"\" x\""_qs << true;
    QTest::addRow("empty") << QString() << QString() << true;
    QTest::addRow("formula =") << u"=HYPERLINK(\"http://x\")"_qs << u"\"'=HYPERLINK(\"\"http://x\"\")\""_qs
                               << true;
    QTest::addRow("formula +") << u"+82 42 123"_qs << u"'+82 42 123"_qs << true;
    QTest::addRow("formula -") << u"-1+1"_qs << u"'-1+1"_qs << true;
    QTest::addRow("formula @") << u"@SUM(A1)"_qs << u"'@SUM(A1)"_qs << true;
    QTest::addRow("formula tab") << u"\t=1"_qs << u"'\t=1"_qs << true;
    QTest::addRow("equals inside") << u"a=b"_qs << u"a=b"_qs << true;
    QTest::addRow("unguarded field") << u"-1"_qs << u"-1"_qs << false;
}

void TestCsvExport::field()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QFETCH(bool, guarded);
    std::string out;
    if (guarded)
        appendCsvText(out, value.toStdString());
    else
        appendCsvField(out, value.toStdString());
    QCOMPARE(QString::fromStdString(out), expected);
}

void TestCsvExport::exportWholeStore()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto store = Store::open(dir.filePath(QStringLiteral("store.sqlite")).toStdString());
    QVERIFY(store.ok());
    QVERIFY(seedDemoStore(**store, 120, 8).ok());

    std::ostringstream out;
    QVERIFY(exportCsv(**store, out).ok());
    const std::string text = out.str();
    QVERIFY(text.rfind("\xEF\xBB\xBF", 0) == 0);
    const auto rows = parseCsv(std::string_view(text).substr(3));
    QCOMPARE(rows.size(), std::size_t(121));
    QCOMPARE(rows.front(), kHeader);

    std::map<std::string, Row> byId;
    for (std::size_t i = 1; i < rows.size(); ++i) {
        QCOMPARE(rows[i].size(), kHeader.size());
        byId[rows[i][0]] = rows[i];
    }
    int supported = 0;
    for (const Problem& p : generateDemoProblems(120, 8)) {
        QVERIFY(byId.count(p.id));
        const Row& r = byId[p.id];
        QCOMPARE(r[1], p.title); // Korean intact, byte for byte
        QCOMPARE(r[2], p.description);
        QCOMPARE(r[3], p.category);
        QCOMPARE(r[5], std::string(toString(p.status)));
        QVERIFY(std::abs(std::stod(r[6]) - p.lat) <= 5e-8);
        QVERIFY(std::abs(std::stod(r[7]) - p.lon) <= 5e-8);
        QCOMPARE(r[6].size() - r[6].find('.') - 1, std::size_t(7));
        QCOMPARE(r[8], p.address);
        QCOMPARE(r[9], p.author);
        QCOMPARE(r[10], toIso8601(p.created));
        QCOMPARE(r[11], toIso8601(p.updated));
        supported += std::stoi(r[12]);
    }
    QCOMPARE(std::int64_t(supported), (*store)->stats().supports);
    QVERIFY(text.find("Fine dust / air quality") != std::string::npos);
}

void TestCsvExport::quotingSurvivesParsing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto store = Store::open(dir.filePath(QStringLiteral("store.sqlite")).toStdString());
    QVERIFY(store.ok());
    Problem p;
    p.title = "=cmd|' /C calc'!A0";
    p.description = "첫 줄, \"인용\"\r\n둘째 줄\n셋째 줄";
    p.address = "-대전 서구";
    p.author = "@admin";
    p.category = "safety";
    p.lat = 36.35;
    p.lon = 127.38;
    QVERIFY((*store)->createProblem(p).ok());

    std::ostringstream out;
    QVERIFY(exportCsv(**store, out).ok());
    const auto rows = parseCsv(std::string_view(out.str()).substr(3));
    QCOMPARE(rows.size(), std::size_t(2));
    const Row& r = rows[1];
    QCOMPARE(r.size(), kHeader.size());
    QCOMPARE(r[1], "'" + p.title);
    QCOMPARE(r[2], p.description);
    QCOMPARE(r[4], std::string("Safety"));
    QCOMPARE(r[6], std::string("36.3500000"));
    QCOMPARE(r[7], std::string("127.3800000"));
    QCOMPARE(r[8], "'" + p.address);
    QCOMPARE(r[9], "'" + p.author);
}

void TestCsvExport::emptyStore()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto store = Store::open(dir.filePath(QStringLiteral("store.sqlite")).toStdString());
    QVERIFY(store.ok());
    std::ostringstream out;
    QVERIFY(exportCsv(**store, out).ok());
    const std::string text = out.str();
    QCOMPARE(text.substr(0, 3), std::string("\xEF\xBB\xBF"));
    QCOMPARE(parseCsv(std::string_view(text).substr(3)), std::vector<Row>{kHeader});
    QVERIFY(text.size() >= 2 && text.substr(text.size() - 2) == "\r\n");
}

QTEST_GUILESS_MAIN(TestCsvExport)
#include "test_csv_export.moc"
