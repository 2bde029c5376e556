// The Open311 parameter parser's fuzz check (tests/fuzz/fuzz_checks.h) over the hand-written seeds and
// over every query the fuzz target once found trouble with (tests/fuzz/regressions/open311/).
// A failed check aborts the test, as it stopped the fuzz target.

#include "tests/fuzz/fuzz_checks.h"

#include <QDir>
#include <QFile>
#include <QTest>

namespace {

/// One row per file of tests/fuzz/seeds/open311/ and tests/fuzz/regressions/open311/.
void addRows()
{
    QTest::addColumn<QString>("file");
    for (const QString& kind : {QStringLiteral("seeds"), QStringLiteral("regressions")}) {
        const QDir dir(QStringLiteral(BALGUL_FUZZ_DIR "/") + kind + QStringLiteral("/open311"));
        for (const QString& name : dir.entryList(QDir::Files, QDir::Name))
            QTest::addRow("%s/%s", qPrintable(kind), qPrintable(name)) << dir.filePath(name);
    }
}

void replayFile(const QString& path)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QByteArray bytes = file.readAll();
    balgul::fuzz::checkOpen311(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
}

} // namespace

class TestOpen311FuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void replay_data() { addRows(); }
    void replay()
    {
        QFETCH(QString, file);
        replayFile(file);
    }
};

QTEST_GUILESS_MAIN(TestOpen311FuzzRegressions)
#include "test_open311_fuzz_regressions.moc"
