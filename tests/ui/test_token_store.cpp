// The hub token with no secret service: it stays in the owner-only file, is found there, and
// signing out removes it. The test cuts the session bus off so that a desktop's keychain does not
// answer either.

#include "core/store/store.h"
#include "core/sync/credentials.h"
#include "ui/qt_convert.h"
#include "ui/sync/sync_controller.h"
#include "ui/sync/token_store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <memory>

using namespace balgul;
using ui::TokenStore;

namespace {

constexpr int kWaitMs = 10000;
const QString kHub = QStringLiteral("https://hub.example.org");

QString storePathIn(const QTemporaryDir& dir)
{
    return dir.filePath(QStringLiteral("profile/balgul.sqlite"));
}

unsigned modeOf(const QString& path)
{
    struct stat info
    {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & 0777;
}

/// The outcome of the one load() a test starts.
struct Loaded
{
    QString token;
    TokenStore::Place place = TokenStore::Place::Nowhere;
};

bool load(TokenStore& tokens, const QString& hub, Loaded& out)
{
    QSignalSpy loaded(&tokens, &TokenStore::loaded);
    tokens.load(hub);
    if (!loaded.wait(kWaitMs) || loaded.count() != 1)
        return false;
    out.token = loaded.first().at(0).toString();
    out.place = loaded.first().at(1).value<TokenStore::Place>();
    return true;
}

} // namespace

class TestTokenStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keys_data();
    void keys();
    void saveKeepsTheFile_data();
    void saveKeepsTheFile();
    void loadFindsTheFile_data();
    void loadFindsTheFile();
    void removeForgets();
    void controllerUsesTheFile();
};

void TestTokenStore::initTestCase()
{
    // No secret service: a session bus that is not there, and no display to start one for.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/balgul-test-session-bus");
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
}

void TestTokenStore::keys_data()
{
    QTest::addColumn<QString>("otherStore");
    QTest::addColumn<QString>("otherHub");
    QTest::addColumn<bool>("same");
    QTest::addRow("same store and hub") << QStringLiteral("/data/a/balgul.sqlite") << kHub << true;
    QTest::addRow("hub URL trimmed") << QStringLiteral("/data/a/balgul.sqlite")
                                     << (kHub + QStringLiteral(" ")) << true;
    QTest::addRow("another hub") << QStringLiteral("/data/a/balgul.sqlite")
                                 << QStringLiteral("https://other.example.org") << false;
    QTest::addRow("another profile") << QStringLiteral("/data/b/balgul.sqlite") << kHub << false;
}

void TestTokenStore::keys()
{
    QFETCH(QString, otherStore);
    QFETCH(QString, otherHub);
    QFETCH(bool, same);
    QCOMPARE(TokenStore::serviceName(), QStringLiteral("org.balgul.Balgul"));
    const TokenStore one(QStringLiteral("/data/a/balgul.sqlite"));
    const TokenStore other(otherStore);
    QVERIFY(one.keyFor(kHub).contains(QStringLiteral("/data/a/balgul.sqlite")));
    QVERIFY(one.keyFor(kHub).contains(kHub));
    QCOMPARE(one.keyFor(kHub) == other.keyFor(otherHub), same);
    // The file is where balgul-cli keeps it.
    QCOMPARE(one.filePath(), QStringLiteral("/data/a/hub-token"));
}

void TestTokenStore::saveKeepsTheFile_data()
{
    QTest::addColumn<bool>("earlierToken");
    QTest::addRow("first sign-in") << false;
    QTest::addRow("replaces an older token") << true;
}

void TestTokenStore::saveKeepsTheFile()
{
    QFETCH(bool, earlierToken);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    TokenStore tokens(storePathIn(dir));
    if (earlierToken)
        QVERIFY(core::sync::writeToken(ui::toStd(tokens.filePath()), "old-token").ok());

    QSignalSpy saved(&tokens, &TokenStore::saved);
    QVERIFY(tokens.save(kHub, QStringLiteral("tok-123")).ok());
    // Written at once, for the owner only.
    QCOMPARE(modeOf(tokens.filePath()), 0600u);
    QCOMPARE(tokens.fileToken(), QStringLiteral("tok-123"));

    // The keychain does not answer: the file stays.
    QVERIFY(saved.wait(kWaitMs));
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.first().at(0).value<TokenStore::Place>(), TokenStore::Place::File);
    QVERIFY(QFileInfo::exists(tokens.filePath()));
    QCOMPARE(modeOf(tokens.filePath()), 0600u);
    QCOMPARE(core::sync::readToken(ui::toStd(tokens.filePath())), std::string("tok-123"));
    QVERIFY(!QFileInfo::exists(tokens.filePath() + QStringLiteral(".part")));
}

void TestTokenStore::loadFindsTheFile_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<bool>("byCli");
    QTest::addRow("saved by the app") << QStringLiteral("app-token") << false;
    QTest::addRow("written by balgul-cli login") << QStringLiteral("cli-token") << true;
    QTest::addRow("no token") << QString() << false;
}

void TestTokenStore::loadFindsTheFile()
{
    QFETCH(QString, written);
    QFETCH(bool, byCli);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    {
        TokenStore writer(storePathIn(dir));
        if (byCli) {
            QVERIFY(core::sync::writeToken(ui::toStd(writer.filePath()), ui::toStd(written)).ok());
        } else if (!written.isEmpty()) {
            QSignalSpy saved(&writer, &TokenStore::saved);
            QVERIFY(writer.save(kHub, written).ok());
            QVERIFY(saved.wait(kWaitMs));
        }
    }
    // A later session of the same profile.
    TokenStore tokens(storePathIn(dir));
    Loaded found;
    QVERIFY(load(tokens, kHub, found));
    QCOMPARE(found.token, written);
    QCOMPARE(found.place, written.isEmpty() ? TokenStore::Place::Nowhere : TokenStore::Place::File);

    // Moving it into a keychain that does not answer leaves it where it is.
    if (!written.isEmpty()) {
        QSignalSpy saved(&tokens, &TokenStore::saved);
        tokens.moveToKeychain(kHub, written);
        QVERIFY(saved.wait(kWaitMs));
        QCOMPARE(saved.first().at(0).value<TokenStore::Place>(), TokenStore::Place::File);
        QCOMPARE(tokens.fileToken(), written);
    }
}

void TestTokenStore::removeForgets()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    TokenStore tokens(storePathIn(dir));
    QSignalSpy saved(&tokens, &TokenStore::saved);
    QVERIFY(tokens.save(kHub, QStringLiteral("tok-456")).ok());
    QVERIFY(saved.wait(kWaitMs));

    QSignalSpy removed(&tokens, &TokenStore::removed);
    QVERIFY(tokens.remove(kHub).ok());
    QVERIFY(!QFileInfo::exists(tokens.filePath()));
    QVERIFY(removed.wait(kWaitMs));
    QCOMPARE(removed.count(), 1);

    Loaded found;
    QVERIFY(load(tokens, kHub, found));
    QCOMPARE(found.token, QString());
    QCOMPARE(found.place, TokenStore::Place::Nowhere);
    // Signing out twice is not an error.
    QVERIFY(tokens.remove(kHub).ok());
    QVERIFY(removed.wait(kWaitMs));
}

void TestTokenStore::controllerUsesTheFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("profile"))));
    auto opened = core::Store::open(ui::toStd(storePathIn(dir)));
    QVERIFY(opened);
    std::unique_ptr<core::Store> store = std::move(*opened);
    QVERIFY(store->setSyncValue("hub_url", ui::toStd(kHub)).ok());
    const QString tokenFile = ui::toQ(core::sync::tokenPathFor(store->path()));

    {
        // Hub set, no token anywhere: offline, and still offline once the keychain had its say.
        ui::SyncController controller(*store);
        QVERIFY(!controller.loadCredentials());
        QSignalSpy changed(&controller, &ui::SyncController::statusChanged);
        QVERIFY(!changed.wait(500));
        QVERIFY(!controller.isSignedIn());
    }

    // balgul-cli signed in: the app picks the file up at once and keeps it.
    QVERIFY(core::sync::writeToken(ui::toStd(tokenFile), "cli-token").ok());
    ui::SyncController controller(*store);
    QVERIFY(controller.loadCredentials());
    QVERIFY(controller.isSignedIn());
    QTest::qWait(200);
    QCOMPARE(ui::toQ(core::sync::readToken(ui::toStd(tokenFile))), QStringLiteral("cli-token"));

    // Signing out removes the file; the next start is offline.
    QVERIFY(controller.signOut().ok());
    QVERIFY(!QFileInfo::exists(tokenFile));
    QVERIFY(!controller.isSignedIn());
    ui::SyncController next(*store);
    QVERIFY(!next.loadCredentials());
}

QTEST_MAIN(TestTokenStore)
#include "test_token_store.moc"
