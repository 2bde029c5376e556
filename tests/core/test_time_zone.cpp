// Time zones: IANA zones from the system's TZif files (transitions and the POSIX rule after them),
// fixed offsets, DST gaps and repeated hours, and names that must be refused.

#include "core/util/time_zone.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <fstream>

using namespace balgul::core;

namespace {

bool haveTzdata()
{
    return QFile::exists(QStringLiteral("/usr/share/zoneinfo/Europe/Berlin")) ||
           !qEnvironmentVariableIsEmpty("TZDIR");
}

void putBig(std::string& out, std::int64_t v, int bytes)
{
    for (int i = bytes - 1; i >= 0; --i)
        out.push_back(static_cast<char>((static_cast<std::uint64_t>(v) >> (8 * i)) & 0xFF));
}

// A TZif version 2 file with no transitions, one type, and the given POSIX footer.
std::string tzifWithFooter(int offset, const std::string& footer)
{
    std::string block;
    putBig(block, offset, 4);
    block.push_back(0);
    block.push_back(0);
    block += std::string("STD\0", 4);
    auto header = [](std::string& out) {
        out += "TZif2";
        out += std::string(15, '\0');
        for (int count : {0, 0, 0, 0, 1, 4})
            putBig(out, count, 4);
    };
    std::string out;
    header(out);
    out += block;
    header(out);
    out += block;
    out += "\n" + footer + "\n";
    return out;
}

constexpr std::int64_t kHour = 3600;

} // namespace

class TestTimeZone : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::string write(const std::string& name, const std::string& bytes)
    {
        const std::string path = m_dir.filePath(QString::fromStdString(name)).toStdString();
        std::ofstream(path, std::ios::binary) << bytes;
        return path;
    }

private slots:
    void offsets_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<qint64>("utc");
        QTest::addColumn<int>("offset");
        QTest::addColumn<bool>("dst");
        QTest::addRow("Seoul 2024: +9, no DST") << "Asia/Seoul" << qint64(1714521600) << 9 * 3600 << false;
        QTest::addRow("Seoul summer 1987: DST +10") << "Asia/Seoul" << qint64(552096000) << 10 * 3600 << true;
        QTest::addRow("Seoul summer 1988: DST +10") << "Asia/Seoul" << qint64(583718400) << 10 * 3600 << true;
        QTest::addRow("Seoul summer 1989: +9") << "Asia/Seoul" << qint64(615254400) << 9 * 3600 << false;
        QTest::addRow("Berlin winter") << "Europe/Berlin" << qint64(1705276800) << 3600 << false;
        QTest::addRow("Berlin summer") << "Europe/Berlin" << qint64(1719792000) << 7200 << true;
        QTest::addRow("Berlin 2100 (footer rule)") << "Europe/Berlin" << qint64(4118126400) << 7200 << true;
        QTest::addRow("Berlin 2100 winter (footer)")
            << "Europe/Berlin" << qint64(4102488000) << 3600 << false;
        QTest::addRow("New York summer") << "America/New_York" << qint64(1719792000) << -4 * 3600 << true;
        QTest::addRow("New York winter") << "America/New_York" << qint64(1705276800) << -5 * 3600 << false;
        QTest::addRow("New York 2100 (footer)")
            << "America/New_York" << qint64(4118126400) << -4 * 3600 << true;
        QTest::addRow("Sydney Jan 2100: southern DST")
            << "Australia/Sydney" << qint64(4102488000) << 11 * 3600 << true;
        QTest::addRow("Sydney Jul 2100: standard")
            << "Australia/Sydney" << qint64(4118126400) << 10 * 3600 << false;
        QTest::addRow("UTC") << "UTC" << qint64(1714521600) << 0 << false;
        QTest::addRow("Z") << "Z" << qint64(1714521600) << 0 << false;
        QTest::addRow("+09:00") << "+09:00" << qint64(1714521600) << 9 * 3600 << false;
        QTest::addRow("-0500") << "-0500" << qint64(1714521600) << -5 * 3600 << false;
        QTest::addRow("+0530") << "+0530" << qint64(0) << 5 * 3600 + 1800 << false;
        QTest::addRow("UTC+9") << "UTC+9" << qint64(0) << 9 * 3600 << false;
    }
    void offsets()
    {
        QFETCH(QString, zone);
        QFETCH(qint64, utc);
        QFETCH(int, offset);
        QFETCH(bool, dst);
        if (zone.contains(QLatin1Char('/')) && !haveTzdata())
            QSKIP("tzdata (/usr/share/zoneinfo) is not installed");
        auto tz = TimeZone::load(zone.toStdString());
        QVERIFY2(tz, tz ? "" : tz.error().toString().c_str());
        QCOMPARE(tz->offsetAt(utc), offset);
        QCOMPARE(tz->isDstAt(utc), dst);
        QCOMPARE(tz->toLocal(utc), utc + offset);
    }

    void toUtc_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<qint64>("local");
        QTest::addColumn<bool>("exists");
        QTest::addColumn<qint64>("utc");
        QTest::addColumn<bool>("ambiguous");
        // Wall-clock times, written as if UTC.
        QTest::addRow("Berlin gap 2024-03-31 02:30")
            << "Europe/Berlin" << qint64(1711852200) << false << qint64(0) << false;
        QTest::addRow("Berlin repeated 2024-10-27 02:30: earlier (CEST)")
            << "Europe/Berlin" << qint64(1729996200) << true << qint64(1729996200 - 2 * kHour) << true;
        QTest::addRow("Berlin summer noon")
            << "Europe/Berlin" << qint64(1719835200) << true << qint64(1719835200 - 2 * kHour) << false;
        QTest::addRow("New York gap 2024-03-10 02:30")
            << "America/New_York" << qint64(1710037800) << false << qint64(0) << false;
        QTest::addRow("New York repeated 2024-11-03 01:30: earlier (EDT)")
            << "America/New_York" << qint64(1730597400) << true << qint64(1730597400 + 4 * kHour) << true;
        QTest::addRow("Seoul") << "Asia/Seoul" << qint64(1714521600) << true << qint64(1714521600 - 9 * kHour)
                               << false;
        QTest::addRow("fixed +09:00")
            << "+09:00" << qint64(1714521600) << true << qint64(1714521600 - 9 * kHour) << false;
        QTest::addRow("UTC") << "UTC" << qint64(1714521600) << true << qint64(1714521600) << false;
    }
    void toUtc()
    {
        QFETCH(QString, zone);
        QFETCH(qint64, local);
        QFETCH(bool, exists);
        QFETCH(qint64, utc);
        QFETCH(bool, ambiguous);
        if (zone.contains(QLatin1Char('/')) && !haveTzdata())
            QSKIP("tzdata (/usr/share/zoneinfo) is not installed");
        auto tz = TimeZone::load(zone.toStdString());
        QVERIFY2(tz, tz ? "" : tz.error().toString().c_str());
        bool wasAmbiguous = !ambiguous;
        const auto result = tz->toUtc(local, &wasAmbiguous);
        QCOMPARE(result.has_value(), exists);
        if (exists) {
            QCOMPARE(*result, utc);
            QCOMPARE(wasAmbiguous, ambiguous);
            QCOMPARE(tz->toLocal(*result), local);
        }
    }

    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("shown");
        QTest::addRow("UTC") << "UTC"
                             << ""
                             << "UTC";
        QTest::addRow("fixed") << "+09:00"
                               << ""
                               << "+09:00";
        QTest::addRow("fixed without colon") << "-0500"
                                             << ""
                                             << "-05:00";
        QTest::addRow("unknown zone") << "Mars/Olympus_Mons"
                                      << "unknown_time_zone"
                                      << "";
        QTest::addRow("parent folder") << "../../etc/passwd"
                                       << "unknown_time_zone"
                                       << "";
        QTest::addRow("dots inside") << "Asia/../Asia/Seoul"
                                     << "unknown_time_zone"
                                     << "";
        QTest::addRow("absolute path") << "/usr/share/zoneinfo/Asia/Seoul"
                                       << "unknown_time_zone"
                                       << "";
        QTest::addRow("empty") << ""
                               << "unknown_time_zone"
                               << "";
        QTest::addRow("offset too large") << "+25:00"
                                          << "unknown_time_zone"
                                          << "";
        QTest::addRow("a folder") << "Asia"
                                  << "unknown_time_zone"
                                  << "";
        QTest::addRow("not a zone file") << "zone.tab"
                                         << "unknown_time_zone"
                                         << "";
    }
    void names()
    {
        QFETCH(QString, name);
        QFETCH(QString, code);
        QFETCH(QString, shown);
        auto tz = TimeZone::load(name.toStdString());
        if (code.isEmpty()) {
            QVERIFY2(tz, tz ? "" : tz.error().toString().c_str());
            QCOMPARE(QString::fromStdString(tz->name()), shown);
            QVERIFY(tz->isFixed());
        } else {
            QVERIFY(!tz);
            QCOMPARE(QString::fromStdString(tz.error().code), code);
            QVERIFY(tz.error().message.find(name.toStdString()) != std::string::npos);
        }
    }

    void ianaName()
    {
        if (!haveTzdata())
            QSKIP("tzdata (/usr/share/zoneinfo) is not installed");
        auto tz = TimeZone::load("Asia/Seoul");
        QVERIFY(tz);
        QCOMPARE(tz->name(), std::string("Asia/Seoul"));
        QVERIFY(!tz->isFixed());
        // Copies share the rules.
        const TimeZone copy = *tz;
        QCOMPARE(copy.offsetAt(0), tz->offsetAt(0));
    }

    // The POSIX rule in a synthetic TZif footer, independent of the installed tzdata.
    void footerRules_data()
    {
        QTest::addColumn<QString>("footer");
        QTest::addColumn<int>("stdOffset");
        QTest::addColumn<qint64>("utc");
        QTest::addColumn<int>("offset");
        QTest::addRow("CET summer") << "CET-1CEST,M3.5.0,M10.5.0/3" << 3600 << qint64(1719792000) << 7200;
        QTest::addRow("CET winter") << "CET-1CEST,M3.5.0,M10.5.0/3" << 3600 << qint64(1705276800) << 3600;
        // 2024-03-31 01:00 UTC is the first DST second in Berlin; one second before is still CET.
        QTest::addRow("CET start instant")
            << "CET-1CEST,M3.5.0,M10.5.0/3" << 3600 << qint64(1711846800) << 7200;
        QTest::addRow("CET before start")
            << "CET-1CEST,M3.5.0,M10.5.0/3" << 3600 << qint64(1711846799) << 3600;
        // 2024-10-27 01:00 UTC ends it.
        QTest::addRow("CET end instant")
            << "CET-1CEST,M3.5.0,M10.5.0/3" << 3600 << qint64(1729990800) << 3600;
        QTest::addRow("CET before end") << "CET-1CEST,M3.5.0,M10.5.0/3" << 3600 << qint64(1729990799) << 7200;
        QTest::addRow("US default rule") << "EST5EDT" << -18000 << qint64(1719792000) << -14400;
        QTest::addRow("quoted names, no DST") << "<+0330>-3:30" << 12600 << qint64(1719792000) << 12600;
        QTest::addRow("Julian days") << "XST5XDT,J60/2,J300/2" << -18000 << qint64(1719792000) << -14400;
        QTest::addRow("zero-based days") << "XST5XDT,59/2,299/2" << -18000 << qint64(1705276800) << -18000;
        QTest::addRow("southern, January")
            << "AEST-10AEDT,M10.1.0,M4.1.0/3" << 36000 << qint64(1705276800) << 39600;
        QTest::addRow("southern, July")
            << "AEST-10AEDT,M10.1.0,M4.1.0/3" << 36000 << qint64(1719792000) << 36000;
        QTest::addRow("negative hour (-1)")
            << "<-01>1<+00>-0,M3.5.0/0,M10.5.0/1" << -3600 << qint64(1719792000) << 0;
    }
    void footerRules()
    {
        QFETCH(QString, footer);
        QFETCH(int, stdOffset);
        QFETCH(qint64, utc);
        QFETCH(int, offset);
        const std::string path = write("footer", tzifWithFooter(stdOffset, footer.toStdString()));
        auto tz = TimeZone::loadFile(path, "Test/Footer");
        QVERIFY2(tz, tz ? "" : tz.error().toString().c_str());
        QCOMPARE(tz->offsetAt(utc), offset);
    }

    void damagedFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("code");
        QTest::addRow("not TZif") << QByteArray("hello") << "unknown_time_zone";
        QTest::addRow("header only") << QByteArray("TZif2") << "invalid_time_zone";
        const std::string good = tzifWithFooter(3600, "CET-1CEST,M3.5.0,M10.5.0/3");
        QTest::addRow("cut in the data")
            << QByteArray::fromStdString(good.substr(0, 50)) << "invalid_time_zone";
        QTest::addRow("footer not understood")
            << QByteArray::fromStdString(tzifWithFooter(3600, "CET-1CEST,Q3")) << "invalid_time_zone";
    }
    void damagedFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, code);
        const std::string path = write("damaged", bytes.toStdString());
        auto tz = TimeZone::loadFile(path, "Test/Damaged");
        QVERIFY(!tz);
        QCOMPARE(QString::fromStdString(tz.error().code), code);
    }

    void formatOffsets()
    {
        QCOMPARE(formatUtcOffset(0), std::string("+00:00"));
        QCOMPARE(formatUtcOffset(9 * 3600), std::string("+09:00"));
        QCOMPARE(formatUtcOffset(-(3 * 3600 + 1800)), std::string("-03:30"));
        QCOMPARE(TimeZone::fixed(-18000).name(), std::string("-05:00"));
        QCOMPARE(TimeZone::utc().name(), std::string("UTC"));
        QCOMPARE(*TimeZone::fixed(3600).toUtc(7200), std::int64_t{3600});
    }
};

QTEST_GUILESS_MAIN(TestTimeZone)
#include "test_time_zone.moc"
