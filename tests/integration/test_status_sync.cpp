// Statuses end to end: balgul-cli, the real binary, for a coordinator, a problem's author and a
// neighbour on three profiles against a real hub. The coordinator's queue, a status change with a
// note, the author's one reopen, nobody else's, and every client reading the same history, with
// an answer lost on the way counted once.

#include "../support/test_support.h"
#include "sync_fixture.h"

#include "core/sync/credentials.h"

#include <QObject>
#include <QTemporaryDir>
#include <QTest>

using namespace balgul;

namespace {

struct Profile
{
    QString store;
    QString login;
};

} // namespace

class TestStatusSync : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::HubProcess> m_hub;
    std::string m_url;
    Profile m_lab;
    Profile m_minji;
    Profile m_jun;

    /// Runs balgul-cli on a profile: its exit code, and what it printed.
    int cli(const Profile& who, const QStringList& args, QByteArray* out = nullptr,
            const QByteArray& input = {})
    {
        QByteArray text;
        const int code = test::runCli(QStringList{QStringLiteral("--store"), who.store} + args, input, &text);
        if (out)
            *out = text;
        return code;
    }

    void syncAll()
    {
        for (const Profile* p : {&m_minji, &m_lab, &m_jun, &m_minji}) {
            QByteArray out;
            QVERIFY2(cli(*p, {QStringLiteral("sync")}, &out) == 0, out.constData());
        }
    }

    std::unique_ptr<core::Store> open(const Profile& who)
    {
        auto s = core::Store::open(who.store.toStdString());
        return s ? std::move(*s) : nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("hub")));
        m_hub = std::make_unique<test::HubProcess>(m_dir.path() + QStringLiteral("/hub"));
        QVERIFY2(m_hub->start(), "balgul-hub did not start");
        m_url = test::hubUrl(*m_hub);
        // One folder each: a profile keeps its sign-in beside its store.
        m_lab = {m_dir.path() + QStringLiteral("/lab/balgul.sqlite"), QStringLiteral("lab")};
        m_minji = {m_dir.path() + QStringLiteral("/minji/balgul.sqlite"), QStringLiteral("minji")};
        m_jun = {m_dir.path() + QStringLiteral("/jun/balgul.sqlite"), QStringLiteral("jun")};
        QVERIFY(m_hub->addUser(QStringLiteral("lab"), QStringLiteral("coordinator")));
        QVERIFY(m_hub->addUser(QStringLiteral("minji"), QStringLiteral("citizen")));
        QVERIFY(m_hub->addUser(QStringLiteral("jun"), QStringLiteral("citizen")));
        for (const Profile* p : {&m_lab, &m_minji, &m_jun}) {
            QByteArray out;
            QVERIFY2(cli(*p,
                         {QStringLiteral("login"), QStringLiteral("--hub"), QString::fromStdString(m_url),
                          QStringLiteral("--user"), p->login, QStringLiteral("--password-stdin")},
                         &out, "correct horse\n") == 0,
                     out.constData());
        }
    }

    void cleanupTestCase()
    {
        if (m_hub)
            QCOMPARE(m_hub->stop(), 0);
    }

    void triageReopenAndHistory()
    {
        std::string id;
        {
            auto store = open(m_minji);
            QVERIFY(store);
            core::Problem p;
            p.title = "Streetlight out by the school";
            p.category = "safety";
            p.lat = 36.35;
            p.lon = 127.38;
            auto made = store->createProblem(p);
            QVERIFY(made);
            id = made->id;
        }
        const QString qid = QString::fromStdString(id);
        syncAll();

        QByteArray out;
        QCOMPARE(cli(m_lab, {QStringLiteral("triage")}, &out), 0);
        QVERIFY2(out.contains("new: 1") && out.contains(id.c_str()), out.constData());

        // Closing needs a reason; a change needs a note; both refused here, before the hub.
        QCOMPARE(cli(m_lab,
                     {QStringLiteral("problem"), QStringLiteral("status"), qid, QStringLiteral("closed"),
                      QStringLiteral("--note"), QStringLiteral("Same as the other one")},
                     &out),
                 1);
        QVERIFY2(out.contains("reason"), out.constData());
        QCOMPARE(cli(m_lab,
                     {QStringLiteral("problem"), QStringLiteral("status"), qid, QStringLiteral("confirmed")},
                     &out),
                 1);
        QVERIFY2(out.contains("note"), out.constData());
        QCOMPARE(cli(m_lab,
                     {QStringLiteral("problem"), QStringLiteral("status"), qid, QStringLiteral("confirmed"),
                      QStringLiteral("--note"), QStringLiteral("Seen it on the walk")},
                     &out),
                 0);
        QCOMPARE(cli(m_lab,
                     {QStringLiteral("problem"), QStringLiteral("status"), qid, QStringLiteral("closed"),
                      QStringLiteral("--note"), QStringLiteral("The city's lights office has it"),
                      QStringLiteral("--reason"), QStringLiteral("referred")},
                     &out),
                 0);
        syncAll();

        // A neighbour may not reopen it; its author may, once.
        QCOMPARE(cli(m_jun,
                     {QStringLiteral("problem"), QStringLiteral("status"), qid, QStringLiteral("reopened"),
                      QStringLiteral("--note"), QStringLiteral("Still dark")},
                     &out),
                 1);
        QVERIFY2(out.contains("only a coordinator or the problem's author"), out.constData());
        QCOMPARE(cli(m_minji,
                     {QStringLiteral("problem"), QStringLiteral("status"), qid, QStringLiteral("reopened"),
                      QStringLiteral("--note"), QStringLiteral("The office says it is not theirs")},
                     &out),
                 0);
        QCOMPARE(cli(m_minji,
                     {QStringLiteral("problem"), QStringLiteral("status"), qid, QStringLiteral("reopened"),
                      QStringLiteral("--note"), QStringLiteral("Again")},
                     &out),
                 1);

        // The reopen is pushed and its answer lost: sent again, it is counted once.
        {
            auto store = open(m_minji);
            QVERIFY(store);
            const auto entries = store->outbox();
            QCOMPARE(entries.size(), std::size_t(1));
            std::vector<core::sync::Op> ops;
            for (const auto& e : entries) {
                auto op = test::makeOp(e.opId, e.entity, e.entityId, e.baseVersion, e.fieldsJson);
                ops.push_back(op);
            }
            const std::string token =
                core::sync::readToken(core::sync::tokenPathFor(m_minji.store.toStdString()));
            const auto results = m_hub->push(token, ops, store->clientId());
            QCOMPARE(results.size(), std::size_t(1));
            QCOMPARE(test::name(results[0].status), std::string("applied"));
        }
        syncAll();
        QCOMPARE(test::hubCount(*m_hub, "SELECT count(*) FROM entities WHERE entity = 'status_change'"),
                 std::int64_t(3));

        QCOMPARE(cli(m_lab, {QStringLiteral("triage")}, &out), 0);
        QVERIFY2(out.contains("reopened: 1") && out.contains("new: 0"), out.constData());

        // Everyone reads the same history, newest first, written by the hub.
        std::string dump;
        for (const Profile* p : {&m_lab, &m_minji, &m_jun}) {
            auto store = open(*p);
            QVERIFY(store);
            const auto history = store->statusHistory(id);
            QCOMPARE(history.size(), std::size_t(3));
            QCOMPARE(history[0].author, std::string("minji"));
            QCOMPARE(int(history[0].to), int(core::ProblemStatus::Reopened));
            QCOMPARE(history[1].author, std::string("lab"));
            QCOMPARE(int(history[1].reason), int(core::triage::CloseReason::Referred));
            QCOMPARE(history[2].note, std::string("Seen it on the walk"));
            QCOMPARE(int(store->problem(id)->status), int(core::ProblemStatus::Reopened));
            QCOMPARE(store->outboxSize(), std::int64_t(0));
            const std::string mine = core::sync::canonicalDump(*store);
            if (dump.empty())
                dump = mine;
            QCOMPARE(mine, dump);
        }
        QCOMPARE(test::hubDump(*m_hub), dump);
        QCOMPARE(cli(m_jun, {QStringLiteral("problem"), QStringLiteral("history"), qid}, &out), 0);
        QVERIFY2(out.indexOf("reopened") < out.indexOf("confirmed"), out.constData());
    }
};

QTEST_GUILESS_MAIN(TestStatusSync)
#include "test_status_sync.moc"
