// Someone else's problem with a real balgul-hub: the app offers only the changes the hub takes from
// the signed-in account (the same answer as the hub for every role), a change the hub refused stays
// visibly refused until the user takes the hub's version back or keeps the change as a comment,
// and the hub's refusals read as translated sentences chosen by their code.

#include "../hub/hub_process.h"
#include "../support/test_support.h"

#include "core/store/store.h"
#include "core/sync/account.h"
#include "core/sync/sync_engine.h"
#include "ui/application.h"
#include "ui/models/problem_list_model.h"
#include "ui/panels/problem_detail_panel.h"
#include "ui/qt_convert.h"
#include "ui/sync/hub_error_text.h"

#include <QApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>
#include <set>

using namespace balgul;

namespace {

struct Profile
{
    QTemporaryDir dir;
    std::unique_ptr<core::Store> store;
    std::string token;
};

bool hasHangul(const QString& text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0xAC00 && c.unicode() <= 0xD7A3)
            return true;
    return false;
}

/// Every error code the hub's sources send: HttpError::make(status, "code"…), Error::make("code"…),
/// the push results' rejected(op, "code"…), the status table's {"code", status} and "code" members.
std::set<QString> hubSourceCodes()
{
    const QString hubDir = QStringLiteral(BALGUL_HUB_SOURCE_DIR);
    static const QRegularExpression call(QStringLiteral(
        R"re((?:Error::make|HttpError::make|HttpError::fromCode|rejected)\s*\(\s*(?:[A-Za-z0-9_:.>-]+\s*,\s*)?"([a-z][a-z0-9_]*)")re"));
    static const QRegularExpression table(
        QStringLiteral(R"re(\{\s*"([a-z][a-z0-9_]*)"\s*,\s*[1-5][0-9][0-9]\s*\})re"));
    static const QRegularExpression member(
        QStringLiteral(R"re(set\(\s*"code"\s*,\s*(?:std::string\()?"([a-z][a-z0-9_]*)")re"));
    std::set<QString> codes;
    QDirIterator it(hubDir, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(file.readAll());
        for (const QRegularExpression* re : {&call, &table, &member}) {
            auto matches = re->globalMatch(text);
            while (matches.hasNext())
                codes.insert(matches.next().captured(1));
        }
    }
    return codes;
}

} // namespace

class TestSyncRefusal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void everyHubCodeHasATranslatedSentence();
    void othersProblemOffersNoEdit();
    void rightsAgreeWithTheHub_data();
    void rightsAgreeWithTheHub();
    void refusalStaysUntilTheHubsVersionIsTaken();
    void refusedChangeKeptAsAComment();

private:
    std::string url() const { return "http://127.0.0.1:" + std::to_string(m_hub->port()); }
    bool open(Profile& profile, const std::string& login);
    bool sync(Profile& profile);
    /// A problem by `author`, synced to the hub and pulled into `other`.
    std::string sharedProblem(Profile& author, Profile& other, const std::string& title);

    QTemporaryDir m_hubDir;
    std::unique_ptr<test::HubProcess> m_hub;
};

void TestSyncRefusal::initTestCase()
{
    QVERIFY(m_hubDir.isValid());
    m_hub = std::make_unique<test::HubProcess>(m_hubDir.path());
    QVERIFY2(m_hub->start(), "balgul-hub did not start");
    QVERIFY(m_hub->addUser(QStringLiteral("minji"), QStringLiteral("citizen")));
    QVERIFY(m_hub->addUser(QStringLiteral("jun"), QStringLiteral("citizen")));
    QVERIFY(m_hub->addUser(QStringLiteral("lab"), QStringLiteral("coordinator")));
    QVERIFY(m_hub->addUser(QStringLiteral("root"), QStringLiteral("admin")));
}

void TestSyncRefusal::cleanupTestCase()
{
    if (m_hub)
        QCOMPARE(m_hub->stop(), 0);
}

void TestSyncRefusal::cleanup()
{
    for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

bool TestSyncRefusal::open(Profile& profile, const std::string& login)
{
    core::StoreOptions options;
    options.userName = login;
    auto store = core::Store::open(ui::toStd(profile.dir.path() + QStringLiteral("/balgul.sqlite")), options);
    if (!store)
        return false;
    profile.store = std::move(*store);
    auto answer = core::sync::SyncEngine::login(url(), login, "correct horse");
    if (!answer)
        return false;
    profile.token = answer->token;
    return core::sync::rememberSignIn(*profile.store, url(), login, *answer).ok();
}

bool TestSyncRefusal::sync(Profile& profile)
{
    core::sync::SyncEngine engine(*profile.store, core::sync::HubEndpoint{url(), profile.token, true, 30});
    auto report = engine.syncOnce();
    if (!report)
        qWarning() << "sync failed:" << report.error().toString().c_str();
    return report.ok();
}

std::string TestSyncRefusal::sharedProblem(Profile& author, Profile& other, const std::string& title)
{
    core::Problem draft;
    draft.title = title;
    draft.category = "safety";
    draft.lat = 36.36;
    draft.lon = 127.39;
    auto created = author.store->createProblem(draft);
    if (!created || !sync(author) || !sync(other) || !other.store->problem(created->id))
        return {};
    return created->id;
}

void TestSyncRefusal::everyHubCodeHasATranslatedSentence()
{
    const std::set<QString> codes = hubSourceCodes();
    QVERIFY2(codes.size() >= 15, "the hub's sources were not found or read");
    QVERIFY(codes.count(QStringLiteral("forbidden")));
    const QStringList known = ui::knownHubErrorCodes();
    for (const QString& code : codes)
        QVERIFY2(known.contains(code),
                 qPrintable(QStringLiteral("the hub sends “%1”, which has no sentence").arg(code)));

    // In Korean, every sentence is Korean, never the hub's English reason or the code.
    QVERIFY(ui::installTranslations(*qApp, QStringLiteral("ko")));
    for (const QString& code : known) {
        const QString text = ui::hubErrorText(ui::toStd(code));
        QVERIFY2(hasHangul(text), qPrintable(code + QStringLiteral(": ") + text));
        QVERIFY2(!text.contains(code), qPrintable(text));
    }
    core::Refusal refusal;
    refusal.entity = "problem";
    refusal.code = "forbidden";
    refusal.message = "only the author may edit this problem";
    refusal.refusedFieldsJson = R"({"title":"x"})";
    QVERIFY(hasHangul(ui::refusalText(refusal)));
    cleanup();
    QVERIFY(!hasHangul(ui::hubErrorText("forbidden")));
}

void TestSyncRefusal::othersProblemOffersNoEdit()
{
    Profile minji;
    Profile jun;
    Profile lab;
    QVERIFY(open(minji, "minji"));
    QVERIFY(open(jun, "jun"));
    QVERIFY(open(lab, "lab"));
    const std::string id = sharedProblem(minji, jun, "Broken street light");
    QVERIFY(!id.empty());
    QVERIFY(sync(lab));
    QVERIFY(sync(minji)); // the author's copy learns its owner from the hub too

    struct Case
    {
        Profile* profile;
        bool edit;
        bool remove;
    };
    for (const Case& c : {Case{&minji, true, true}, Case{&jun, false, false}, Case{&lab, true, true}}) {
        core::Store& store = *c.profile->store;
        ui::ProblemDetailPanel panel(store);
        panel.resize(420, 700);
        panel.showProblem(store.problem(id)->rowid);
        auto* edit = panel.findChild<QPushButton*>(QStringLiteral("editButton"));
        auto* remove = panel.findChild<QPushButton*>(QStringLiteral("deleteButton"));
        auto* note = panel.findChild<QLabel*>(QStringLiteral("readOnlyNote"));
        QCOMPARE(edit->isVisibleTo(&panel), c.edit);
        QCOMPARE(remove->isVisibleTo(&panel), c.remove);
        QCOMPARE(note->isVisibleTo(&panel), !c.edit);
    }
    // The coordinator may change the status only; the author everything but the status.
    const auto coordinator = core::sync::problemRights(*lab.store, id);
    QVERIFY(coordinator.changeStatus && !coordinator.editFields);
    const auto author = core::sync::problemRights(*minji.store, id);
    QVERIFY(author.editFields && !author.changeStatus && author.photos);
}

void TestSyncRefusal::rightsAgreeWithTheHub_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addRow("author, title") << "minji"
                                   << "title"
                                   << "Dark street";
    QTest::addRow("author, status") << "minji"
                                    << "status"
                                    << "resolved";
    QTest::addRow("neighbour, title") << "jun"
                                      << "title"
                                      << "Dark street";
    QTest::addRow("neighbour, description") << "jun"
                                            << "description"
                                            << "All lights out";
    QTest::addRow("neighbour, status") << "jun"
                                       << "status"
                                       << "resolved";
    QTest::addRow("coordinator, status") << "lab"
                                         << "status"
                                         << "confirmed";
    QTest::addRow("coordinator, title") << "lab"
                                        << "title"
                                        << "Dark street";
    QTest::addRow("admin, title") << "root"
                                  << "title"
                                  << "Dark street";
    QTest::addRow("admin, status") << "root"
                                   << "status"
                                   << "in_progress";
}

void TestSyncRefusal::rightsAgreeWithTheHub()
{
    QFETCH(QString, login);
    QFETCH(QString, field);
    QFETCH(QString, value);
    Profile minji;
    Profile editor;
    QVERIFY(open(minji, "minji"));
    Profile* who = &minji;
    if (login != QLatin1String("minji")) {
        QVERIFY(open(editor, ui::toStd(login)));
        who = &editor;
    }
    core::Problem draft;
    draft.title = "Street light out";
    draft.category = "safety";
    draft.lat = 36.36;
    draft.lon = 127.39;
    auto created = minji.store->createProblem(draft);
    QVERIFY(created);
    QVERIFY(sync(minji));
    if (who != &minji)
        QVERIFY(sync(*who));
    QVERIFY(sync(minji));

    const auto rights = core::sync::problemRights(*who->store, created->id);
    const bool predicted = field == QLatin1String("status") ? rights.changeStatus : rights.editFields;

    core::ProblemPatch patch;
    if (field == QLatin1String("title"))
        patch.title = ui::toStd(value);
    else if (field == QLatin1String("description"))
        patch.description = ui::toStd(value);
    else
        patch.status = core::problemStatusFromString(ui::toStd(value));
    QVERIFY(who->store->updateProblem(created->id, patch));
    QVERIFY(sync(*who));
    const bool refused = !who->store->refusals(created->id).empty();
    QCOMPARE(!refused, predicted);
}

void TestSyncRefusal::refusalStaysUntilTheHubsVersionIsTaken()
{
    Profile minji;
    Profile jun;
    QVERIFY(open(minji, "minji"));
    QVERIFY(open(jun, "jun"));
    const std::string id = sharedProblem(minji, jun, "Broken bench");
    QVERIFY(!id.empty());

    // A copy of the app from before this check, or a change queued before the account was known:
    // the neighbour changes the author's problem and the hub refuses it.
    core::ProblemPatch patch;
    patch.title = "Broken benches on the whole square";
    QVERIFY(jun.store->updateProblem(id, patch));
    QVERIFY(sync(jun)); // the round succeeds; the hub refuses this one change
    QCOMPARE(jun.store->problem(id)->title, std::string("Broken benches on the whole square"));

    ui::ProblemListModel model(*jun.store);
    ui::ProblemDetailPanel panel(*jun.store);
    panel.resize(420, 700);
    panel.showProblem(jun.store->problem(id)->rowid);
    auto* banner = panel.findChild<QWidget*>(QStringLiteral("refusalBanner"));
    auto* text = panel.findChild<QLabel*>(QStringLiteral("refusalText"));
    auto* change = panel.findChild<QLabel*>(QStringLiteral("refusedChange"));
    auto* syncLabel = panel.findChild<QLabel*>(QStringLiteral("syncLabel"));
    auto* revert = panel.findChild<QPushButton*>(QStringLiteral("revertRefusedButton"));
    auto* keep = panel.findChild<QPushButton*>(QStringLiteral("keepRefusedButton"));
    auto* dismiss = panel.findChild<QPushButton*>(QStringLiteral("dismissRejectionButton"));
    QVERIFY(banner->isVisibleTo(&panel));
    // By its code, in the app's words; never the hub's English reason.
    QVERIFY2(text->text().contains(QStringLiteral("Only the problem's author")), qPrintable(text->text()));
    QVERIFY2(!text->text().contains(QStringLiteral("only the author may edit")), qPrintable(text->text()));
    QVERIFY2(change->text().contains(QStringLiteral("Broken benches on the whole square")),
             qPrintable(change->text()));
    // Never "shared with the hub" while the hub holds something else.
    QVERIFY(!(syncLabel->isVisibleTo(&panel) &&
              syncLabel->text().contains(QStringLiteral("Shared with the hub"))));
    QVERIFY(revert->isVisibleTo(&panel));
    QVERIFY(keep->isVisibleTo(&panel));
    QVERIFY(!dismiss->isVisibleTo(&panel)); // no putting it aside while the copies differ

    // It stays: another round, a new panel.
    QVERIFY(sync(jun));
    ui::ProblemDetailPanel again(*jun.store);
    again.showProblem(jun.store->problem(id)->rowid);
    QVERIFY(again.findChild<QWidget*>(QStringLiteral("refusalBanner"))->isVisibleTo(&again));

    // One click takes the hub's version back.
    const auto outbox = jun.store->outboxSize();
    revert->click();
    QCOMPARE(jun.store->problem(id)->title, std::string("Broken bench"));
    QVERIFY(!banner->isVisibleTo(&panel));
    QVERIFY(jun.store->refusals(id).empty());
    QCOMPARE(jun.store->outboxSize(), outbox); // nothing to send: the hub has it
    QVERIFY(syncLabel->isVisibleTo(&panel));
    QCOMPARE(syncLabel->text(), QStringLiteral("Shared with the hub."));
    QCOMPARE(panel.findChild<QLabel*>(QStringLiteral("titleLabel"))->text(), QStringLiteral("Broken bench"));
}

void TestSyncRefusal::refusedChangeKeptAsAComment()
{
    Profile minji;
    Profile jun;
    QVERIFY(open(minji, "minji"));
    QVERIFY(open(jun, "jun"));
    const std::string id = sharedProblem(minji, jun, "Overflowing bins");
    QVERIFY(!id.empty());
    core::ProblemPatch patch;
    patch.description = "Every Monday morning the bins overflow onto the pavement.";
    QVERIFY(jun.store->updateProblem(id, patch));
    QVERIFY(sync(jun));

    ui::ProblemDetailPanel panel(*jun.store);
    panel.showProblem(jun.store->problem(id)->rowid);
    auto* keep = panel.findChild<QPushButton*>(QStringLiteral("keepRefusedButton"));
    QVERIFY(keep->isVisibleTo(&panel));
    keep->click();
    QVERIFY(jun.store->refusals(id).empty());
    QCOMPARE(jun.store->problem(id)->description, std::string());
    const auto comments = jun.store->comments(id);
    QCOMPARE(comments.size(), std::size_t(1));
    QVERIFY2(comments[0].text.find("Every Monday morning") != std::string::npos, comments[0].text.c_str());

    // The comment reaches the author; the problem stays as the author wrote it.
    QVERIFY(sync(jun));
    QVERIFY(jun.store->refusals(id).empty());
    QVERIFY(sync(minji));
    QCOMPARE(minji.store->comments(id).size(), std::size_t(1));
    QCOMPARE(minji.store->problem(id)->description, std::string());
}

QTEST_MAIN(TestSyncRefusal)
#include "test_sync_refusal.moc"
