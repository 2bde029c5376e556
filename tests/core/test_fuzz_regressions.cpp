// The parsers' fuzz checks (tests/fuzz/fuzz_checks.h) over the hand-written seeds and over every input a
// fuzz target once found trouble with (tests/fuzz/regressions/<target>/), so a finding stays fixed.
// A failed check aborts the test, as it stopped the fuzz target.

#include "tests/fuzz/fuzz_checks.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <map>

namespace {

using Check = void (*)(std::string_view);

const std::map<QString, Check>& checks()
{
    static const std::map<QString, Check> kChecks{
        {QStringLiteral("json"), &balgul::fuzz::checkJson},
        {QStringLiteral("geojson"), &balgul::fuzz::checkGeoJson},
        {QStringLiteral("sensor_csv"), &balgul::fuzz::checkSensorCsv},
        {QStringLiteral("sensor_json"), &balgul::fuzz::checkSensorJson},
        {QStringLiteral("gpx"), &balgul::fuzz::checkGpx},
        {QStringLiteral("sync_protocol"), &balgul::fuzz::checkSyncProtocol},
        {QStringLiteral("station_protocol"), &balgul::fuzz::checkStationProtocol},
        {QStringLiteral("pilot_zone"), &balgul::fuzz::checkPilotZone},
        {QStringLiteral("pabulib"), &balgul::fuzz::checkPabulib},
        {QStringLiteral("voting_json"), &balgul::fuzz::checkVotingJson},
        {QStringLiteral("greenbutton"), &balgul::fuzz::checkGreenButton},
        {QStringLiteral("apple_health"), &balgul::fuzz::checkAppleHealth},
        {QStringLiteral("consent_json"), &balgul::fuzz::checkConsentJson},
        {QStringLiteral("share_json"), &balgul::fuzz::checkShareJson},
    };
    return kChecks;
}

/// One row per file of tests/fuzz/seeds/<target>/ and tests/fuzz/regressions/<target>/.
void addRows()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("file");
    for (const QString& kind : {QStringLiteral("seeds"), QStringLiteral("regressions")}) {
        const QDir root(QStringLiteral(BALGUL_FUZZ_DIR "/") + kind);
        for (const auto& [target, check] : checks()) {
            const QDir dir(root.filePath(target));
            for (const QString& name : dir.entryList(QDir::Files, QDir::Name))
                QTest::addRow("%s/%s/%s", qPrintable(kind), qPrintable(target), qPrintable(name))
                    << target << dir.filePath(name);
        }
    }
}

void replayFile(const QString& target, const QString& path)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QByteArray bytes = file.readAll();
    checks().at(target)(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
}

} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void replay_data() { addRows(); }
    void replay()
    {
        QFETCH(QString, target);
        QFETCH(QString, file);
        replayFile(target, file);
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "test_fuzz_regressions.moc"
