// MyData aggregates on a real balgul-hub: only coordinators and admins read them; a cell is released
// only where at least k distinct residents contribute (k = 5 here, the default), a resident with two
// consents counting once; a withdrawal takes its rows out; with an epsilon the answer carries Laplace
// noise, states k, epsilon and the clipping bound, and the ledger records the epsilon per consent
// behind a released cell; and a hub asked for k below 3 refuses to start.

#include "hub_process.h"

#include "core/mydata/consent.h"
#include "core/mydata/share_codec.h"
#include "core/util/ids.h"
#include "core/util/time.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include <QObject>

#include <cmath>
#include <memory>

using namespace balgul;
using core::mydata::Aggregate;
using core::mydata::Category;
using core::mydata::SharedRow;

namespace {

constexpr std::int64_t kDay = 86400;

std::int64_t nowSeconds()
{
    return core::toUnixMs(core::now()) / 1000;
}

/// The UTC midnight two days ago: the day every resident shares.
std::int64_t theDay()
{
    return (nowSeconds() / kDay - 2) * kDay;
}

std::string iso(std::int64_t seconds)
{
    return core::toIso8601(core::fromUnixMs(seconds * 1000));
}

core::mydata::Consent electricityConsent()
{
    core::mydata::Consent draft;
    draft.principal = "someone";
    draft.purpose = "Compare household electricity use across the neighbourhood";
    draft.purposeCategory = "dpv:PublicBenefit";
    draft.recipient = {core::mydata::RecipientKind::Lab, "daejeon-lab", "Daejeon living lab"};
    draft.categories = {Category::Electricity};
    draft.aggregate = Aggregate::Hourly;
    draft.grid = core::geo::Precision::Km1;
    draft.retentionDays = 90;
    draft.expires = nowSeconds() + 30 * kDay;
    draft.withdrawal = "Withdraw in Balgul under MyData, Consents";
    return core::mydata::newConsent(draft, nowSeconds() - 60);
}

/// A day's use as 24 hourly rows, `total` Wh in all.
std::vector<SharedRow> hourlyDay(double total)
{
    std::vector<SharedRow> rows;
    for (int h = 0; h < 24; ++h) {
        SharedRow r;
        r.category = Category::Electricity;
        r.unit = "Wh";
        r.aggregate = Aggregate::Hourly;
        r.periodStart = theDay() + h * 3600;
        r.value = total / 24;
        r.count = 4;
        rows.push_back(r);
    }
    return rows;
}

Poco::JSON::Object::Ptr json(const std::string& body)
{
    auto o = core::sync::parseObject(body);
    return o ? *o : Poco::JSON::Object::Ptr(new Poco::JSON::Object);
}

} // namespace

class TestHubMydataAggregates : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::HubProcess> m_hub;
    std::vector<std::string> m_residents; ///< tokens of six citizens
    std::vector<std::string> m_consents;  ///< one consent each, in the same order
    std::vector<double> m_totals;         ///< what each shares for the day
    std::string m_lab;                    ///< a coordinator
    std::string m_admin;

    test::HubProcess& hub() { return *m_hub; }

    /// Registers a consent for resident `i` and shares its day; the consent id.
    std::string shareDay(std::size_t i)
    {
        const auto consent = electricityConsent();
        const auto put = hub().authed(m_residents[i], "PUT", "/v1/mydata/consents/" + consent.id,
                                      core::mydata::encodeConsent(consent));
        if (put.status != 200)
            return {};
        const std::string body = "{\"batch_id\":\"" + core::newUuid() + "\"," +
                                 core::mydata::encodeSharedRows(hourlyDay(m_totals[i])).substr(1);
        const auto reply =
            hub().authed(m_residents[i], "POST", "/v1/mydata/consents/" + consent.id + "/shares", body);
        return reply.status == 200 ? consent.id : std::string();
    }

    test::HttpReply query(const std::string& token, const std::string& extra = {})
    {
        return hub().authed(token, "GET",
                            "/v1/mydata/aggregates?category=electricity&aggregate=daily&from=" +
                                iso(theDay()) + "&to=" + iso(theDay() + kDay) + extra);
    }

    /// The released cells of an answer.
    Poco::JSON::Array::Ptr cells(const test::HttpReply& reply)
    {
        const auto a = json(reply.body)->getArray("cells");
        return a ? a : Poco::JSON::Array::Ptr(new Poco::JSON::Array);
    }

    double exactSum(std::size_t n) const
    {
        double sum = 0;
        for (std::size_t i = 0; i < n; ++i)
            sum += m_totals[i];
        return sum;
    }

private slots:
    void initTestCase()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_hub = std::make_unique<test::HubProcess>(m_dir->path());
        QVERIFY2(m_hub->start(), "balgul-hub did not start");
        for (int i = 0; i < 6; ++i) {
            const QString login = QStringLiteral("resident%1").arg(i);
            QVERIFY(hub().addUser(login, QStringLiteral("citizen")));
            m_residents.push_back(hub().login(login.toStdString()));
            QVERIFY(!m_residents.back().empty());
            m_totals.push_back(6000 + 1200 * i);
        }
        QVERIFY(hub().addUser(QStringLiteral("lab"), QStringLiteral("coordinator")));
        QVERIFY(hub().addUser(QStringLiteral("root"), QStringLiteral("admin")));
        m_lab = hub().login("lab");
        m_admin = hub().login("root");
        QVERIFY(!m_lab.empty() && !m_admin.empty());
    }

    void onlyStaffReadAggregates()
    {
        QCOMPARE(hub().request("GET", "/v1/mydata/aggregates?category=electricity").status, 401);
        const auto citizen = query(m_residents[0]);
        QCOMPARE(citizen.status, 403);
        QCOMPARE(citizen.errorCode(), std::string("forbidden"));
        QCOMPARE(query(m_lab).status, 200);
        QCOMPARE(query(m_admin).status, 200);
    }

    void badQueriesAreRefused_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("field");
        const QString window = QStringLiteral("&from=2026-01-01T00:00:00Z&to=2026-01-02T00:00:00Z");
        QTest::addRow("no category") << QStringLiteral("aggregate=daily") + window << "category";
        QTest::addRow("an unknown category") << QStringLiteral("category=water") + window << "category";
        QTest::addRow("raw") << QStringLiteral("category=steps&aggregate=raw") + window << "aggregate";
        QTest::addRow("no window") << QStringLiteral("category=steps") << "from";
        QTest::addRow("to before from")
            << QStringLiteral("category=steps&from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z") << "to";
        QTest::addRow("two years of days")
            << QStringLiteral("category=steps&from=2024-01-01T00:00:00Z&to=2026-01-01T00:00:00Z") << "to";
        QTest::addRow("epsilon zero") << QStringLiteral("category=steps&epsilon=0") + window << "epsilon";
        QTest::addRow("epsilon not a number")
            << QStringLiteral("category=steps&epsilon=lots") + window << "epsilon";
        QTest::addRow("epsilon too large")
            << QStringLiteral("category=steps&epsilon=1e9") + window << "epsilon";
    }

    void badQueriesAreRefused()
    {
        QFETCH(QString, target);
        QFETCH(QString, field);
        const auto reply = hub().authed(m_lab, "GET", "/v1/mydata/aggregates?" + target.toStdString());
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorCode(), std::string("invalid_field"));
        QCOMPARE(QString::fromStdString(core::sync::decodeApiError(reply.body)->field), field);
    }

    void releasedOnlyWithKResidents()
    {
        for (std::size_t i = 0; i < 4; ++i) {
            m_consents.push_back(shareDay(i));
            QVERIFY(!m_consents.back().empty());
        }
        auto reply = query(m_lab);
        QCOMPARE(reply.status, 200);
        QCOMPARE(json(reply.body)->optValue<int>("k", 0), 5);
        QCOMPARE(static_cast<int>(cells(reply)->size()), 0); // four residents: nothing

        // A resident's second consent over the same day does not make a fifth resident.
        QVERIFY(!shareDay(0).empty());
        QCOMPARE(static_cast<int>(cells(query(m_lab))->size()), 0);

        m_consents.push_back(shareDay(4));
        QVERIFY(!m_consents.back().empty());
        reply = query(m_lab);
        const auto released = cells(reply);
        QCOMPARE(static_cast<int>(released->size()), 1);
        const auto cell = released->getObject(0);
        QCOMPARE(cell->optValue<int>("residents", 0), 5);
        QCOMPARE(cell->optValue<std::string>("period_start", ""), iso(theDay()));
        QCOMPARE(cell->optValue<std::string>("unit", ""), std::string("Wh"));
        QCOMPARE(cell->optValue<std::string>("cell", "-"), std::string());
        QVERIFY(std::abs(cell->optValue<double>("sum", 0) - exactSum(5)) < 0.01);
        QVERIFY(std::abs(cell->optValue<double>("mean", 0) - exactSum(5) / 5) < 0.01);
        QVERIFY(json(reply.body)->get("epsilon").isEmpty());
        // The answer names no account.
        for (const char* login : {"resident0", "resident4"}) {
            const std::string id =
                hub().storeQuery(std::string("SELECT id FROM users WHERE login = '") + login + "'");
            QVERIFY(reply.body.find(id) == std::string::npos);
        }
    }

    void noiseAtAStatedEpsilonIsCharged()
    {
        const auto exact = cells(query(m_lab));
        QCOMPARE(static_cast<int>(exact->size()), 1);
        const auto reply = query(m_lab, "&epsilon=0.5");
        QCOMPARE(reply.status, 200);
        const auto answer = json(reply.body);
        QCOMPARE(answer->optValue<double>("epsilon", 0), 0.5);
        QCOMPARE(answer->optValue<int>("k", 0), 5);
        QVERIFY(answer->optValue<bool>("clipped", false));
        const auto clip = answer->getArray("clip");
        QVERIFY(clip && clip->size() == 1);
        QCOMPARE(clip->getObject(0)->optValue<std::string>("unit", ""), std::string("Wh"));
        QCOMPARE(clip->getObject(0)->optValue<double>("upper", 0), 50000.0);
        const auto noisy = cells(reply);
        QCOMPARE(static_cast<int>(noisy->size()), 1);
        QVERIFY(noisy->getObject(0)->optValue<double>("sum", 0) !=
                exact->getObject(0)->optValue<double>("sum", 0));

        // Every consent behind the cell (one per resident, resident0's two counting as one) is charged once.
        const std::string queryId = answer->optValue<std::string>("query_id", "");
        QVERIFY(core::isCanonicalUuid(queryId));
        const auto ledger = hub().storeRows(
            "SELECT consent_id, epsilon, cells, spent FROM mydata_epsilon_ledger WHERE query_id = '" +
            queryId + "' ORDER BY consent_id");
        QCOMPARE(static_cast<int>(ledger.size()), 5);
        for (const auto& line : ledger) {
            QCOMPARE(std::stod(line[1]), 0.5);
            QCOMPARE(line[2], std::string("1"));
            QCOMPARE(std::stod(line[3]), 0.5);
        }
        const auto status =
            json(hub().authed(m_residents[1], "GET", "/v1/mydata/consents/" + m_consents[1]).body);
        QCOMPARE(status->optValue<double>("epsilon_spent", 0), 0.5);
        // An exact answer charges nothing.
        QCOMPARE(hub().storeQuery("SELECT count(*) FROM mydata_epsilon_ledger"), std::string("5"));
    }

    void withdrawalTakesRowsOutOfTheAggregates()
    {
        QCOMPARE(
            hub().authed(m_residents[4], "POST", "/v1/mydata/consents/" + m_consents[4] + "/withdraw").status,
            200);
        QCOMPARE(static_cast<int>(cells(query(m_lab))->size()), 0); // four residents again
        m_consents.push_back(shareDay(5));
        const auto back = cells(query(m_lab));
        QCOMPARE(static_cast<int>(back->size()), 1);
        QVERIFY(std::abs(back->getObject(0)->optValue<double>("sum", 0) - (exactSum(4) + m_totals[5])) <
                0.01);
    }

    void kBelowThreeRefusesToStart_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QByteArray>("config");
        QTest::addRow("--mydata-k 2")
            << QStringList{QStringLiteral("--mydata-k"), QStringLiteral("2")} << QByteArray();
        QTest::addRow("--mydata-k=0") << QStringList{QStringLiteral("--mydata-k=0")} << QByteArray();
        QTest::addRow("--mydata-k five")
            << QStringList{QStringLiteral("--mydata-k"), QStringLiteral("five")} << QByteArray();
        QTest::addRow("mydata_k = 2") << QStringList() << QByteArray("mydata_k = 2\n");
    }

    void kBelowThreeRefusesToStart()
    {
        QFETCH(QStringList, options);
        QFETCH(QByteArray, config);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList args{QStringLiteral("serve"), QStringLiteral("--data-dir"), dir.path(),
                         QStringLiteral("--port"), QStringLiteral("0")};
        if (!config.isEmpty()) {
            QFile file(dir.path() + QStringLiteral("/hub.conf"));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(config);
            file.close();
            args << QStringLiteral("--config") << file.fileName();
        }
        QProcess p;
        p.start(test::hubBinary(), args + options);
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 2);
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(err.contains("at least 3") && err.contains("mydata"), err.constData());
        QVERIFY(!p.readAllStandardOutput().contains("listening"));
    }

    /// The operator states who runs the hub; GET /v1/info says so for the consent receipts.
    void infoStatesTheController()
    {
        {
            BALGUL_START_HUB(plain, dir);
            const auto reply = plain.request("GET", "/v1/info");
            QCOMPARE(reply.status, 200);
            const auto controller = json(reply.body)->getObject("controller");
            QVERIFY(controller);
            QCOMPARE(controller->optValue<std::string>("name", ""), std::string("Balgul hub"));
            QCOMPARE(controller->optValue<std::string>("country", ""), std::string("KR"));
            QVERIFY(!controller->has("email") && !controller->has("policy_url"));
        }
        BALGUL_START_HUB(stated, dir,
                         QStringList{QStringLiteral("name = 대전 발굴 허브"),
                                     QStringLiteral("controller_name = 대전광역시"),
                                     QStringLiteral("controller_email = privacy@daejeon.example"),
                                     QStringLiteral("controller_phone = 042-120"),
                                     QStringLiteral("privacy_policy_url = https://daejeon.example/privacy")});
        const auto reply = stated.request("GET", "/v1/info");
        QCOMPARE(reply.status, 200);
        const auto info = json(reply.body);
        QCOMPARE(info->optValue<std::string>("name", ""), std::string("대전 발굴 허브"));
        const auto controller = info->getObject("controller");
        QCOMPARE(controller->optValue<std::string>("name", ""), std::string("대전광역시"));
        QCOMPARE(controller->optValue<std::string>("email", ""), std::string("privacy@daejeon.example"));
        QCOMPARE(controller->optValue<std::string>("phone", ""), std::string("042-120"));
        QCOMPARE(controller->optValue<std::string>("policy_url", ""),
                 std::string("https://daejeon.example/privacy"));
        QVERIFY(!controller->has("contact"));
    }

    void badControllerRefusesToStart_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QByteArray>("key");
        QTest::addRow("e-mail") << QByteArray("controller_email = lab at daejeon")
                                << QByteArray("controller_email");
        QTest::addRow("country") << QByteArray("controller_country = Korea")
                                 << QByteArray("controller_country");
        QTest::addRow("policy") << QByteArray("privacy_policy_url = ftp://daejeon.example/p")
                                << QByteArray("privacy_policy_url");
    }

    void badControllerRefusesToStart()
    {
        QFETCH(QByteArray, line);
        QFETCH(QByteArray, key);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.path() + QStringLiteral("/hub.conf"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name = Daejeon\n" + line + "\n");
        file.close();
        QProcess p;
        p.start(test::hubBinary(),
                {QStringLiteral("serve"), QStringLiteral("--data-dir"), dir.path(), QStringLiteral("--port"),
                 QStringLiteral("0"), QStringLiteral("--config"), file.fileName()});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 2);
        const QByteArray err = p.readAllStandardError();
        // The file, the line and the key.
        QVERIFY2(err.contains("hub.conf") && err.contains(":2") && err.contains(key), err.constData());
    }
};

QTEST_GUILESS_MAIN(TestHubMydataAggregates)
#include "test_hub_mydata_aggregates.moc"
