// MyData on a real balgul-hub, from hand-written requests: the published signing key, consents
// registered by their resident only, rows refused outside a consent's scope, replayed batches,
// withdrawal erasing everything under a consent with a receipt that verifies against the published
// key (and fails when one byte changes), expiry erased by the hub on its own (while running and at
// start), and the consent's end reaching its resident's pulls and no one else's.

#include "hub_process.h"

#include "core/mydata/consent.h"
#include "core/mydata/share_codec.h"
#include "core/util/ids.h"
#include "core/util/time.h"

#include <openssl/evp.h>

#include <Poco/JSON/Object.h>

#include <QObject>

#include <algorithm>
#include <chrono>
#include <memory>
#include <thread>

using namespace balgul;
using core::mydata::Aggregate;
using core::mydata::Category;
using core::mydata::SharedRow;

namespace {

std::int64_t nowSeconds()
{
    return core::toUnixMs(core::now()) / 1000;
}

constexpr std::int64_t kDay = 86400;

/// Yesterday's UTC midnight, minus `days` more.
std::int64_t dayStart(int days = 0)
{
    return (nowSeconds() / kDay - 1 - days) * kDay;
}

core::mydata::Consent makeConsent(std::vector<Category> categories, Aggregate aggregate = Aggregate::Daily)
{
    core::mydata::Consent draft;
    draft.principal = "whoever-the-body-says";
    draft.purpose = "Find the blocks whose electricity use peaks during heat waves";
    draft.purposeCategory = "dpv:PublicBenefit";
    draft.recipient = {core::mydata::RecipientKind::Hub, "test-hub", "Test hub"};
    draft.categories = std::move(categories);
    draft.aggregate = aggregate;
    draft.grid = core::geo::Precision::Km1;
    draft.retentionDays = 365;
    draft.expires = nowSeconds() + 30 * kDay;
    draft.withdrawal = "Withdraw in Balgul under MyData, Consents";
    return core::mydata::newConsent(draft, nowSeconds() - 60);
}

SharedRow row(Category category, const std::string& unit, std::int64_t start, double value,
              Aggregate aggregate = Aggregate::Daily, const std::string& cell = {})
{
    SharedRow r;
    r.category = category;
    r.unit = unit;
    r.aggregate = aggregate;
    r.periodStart = start;
    r.value = value;
    r.count = 24;
    r.cell = cell;
    return r;
}

std::string batchBody(const std::string& batchId, const std::vector<SharedRow>& rows)
{
    return "{\"batch_id\":\"" + batchId + "\"," + core::mydata::encodeSharedRows(rows).substr(1);
}

std::string consentPath(const std::string& id, const std::string& tail = {})
{
    return "/v1/mydata/consents/" + id + tail;
}

Poco::JSON::Object::Ptr json(const std::string& body)
{
    auto o = core::sync::parseObject(body);
    return o ? *o : Poco::JSON::Object::Ptr(new Poco::JSON::Object);
}

QByteArray fromBase64(const std::string& text)
{
    const auto decoded = QByteArray::fromBase64Encoding(QByteArray::fromStdString(text),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? *decoded : QByteArray();
}

/// Ed25519 verification with OpenSSL, apart from the hub's own code.
bool verifies(const QByteArray& publicKey, const std::string& message, const QByteArray& signature)
{
    EVP_PKEY* key = EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                                                reinterpret_cast<const unsigned char*>(publicKey.constData()),
                                                static_cast<std::size_t>(publicKey.size()));
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    const bool ok =
        key && ctx && EVP_DigestVerifyInit(ctx, nullptr, nullptr, nullptr, key) == 1 &&
        EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char*>(signature.constData()),
                         static_cast<std::size_t>(signature.size()),
                         reinterpret_cast<const unsigned char*>(message.data()), message.size()) == 1;
    EVP_MD_CTX_free(ctx);
    EVP_PKEY_free(key);
    return ok;
}

} // namespace

class TestHubMydata : public QObject
{
    Q_OBJECT

    // One hub sweeping expired consents every second: minji and jun are citizens.
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::HubProcess> m_hub;
    std::string m_minji, m_jun, m_minjiId, m_junId;

    test::HubProcess& hub() { return *m_hub; }

    std::string registerConsent(const std::string& token, const core::mydata::Consent& consent,
                                int expect = 200)
    {
        const auto reply =
            hub().authed(token, "PUT", consentPath(consent.id), core::mydata::encodeConsent(consent));
        if (reply.status != expect)
            qWarning() << "PUT consent:" << reply.status << reply.body.c_str();
        return reply.status == expect ? reply.body : std::string();
    }

    test::HttpReply share(const std::string& token, const std::string& consentId, const std::string& batchId,
                          const std::vector<SharedRow>& rows)
    {
        return hub().authed(token, "POST", consentPath(consentId, "/shares"), batchBody(batchId, rows));
    }

    std::string storedRows(const std::string& consentId)
    {
        return hub().storeQuery("SELECT count(*) FROM mydata_shares WHERE consent_id = '" + consentId + "'");
    }

    /// The `consent` changes a pull gives `token`'s account.
    std::vector<core::sync::Change> consentChanges(const std::string& token)
    {
        std::vector<core::sync::Change> out;
        for (const auto& c : hub().pull(token).changes)
            if (c.entity == "consent")
                out.push_back(c);
        return out;
    }

    /// The published key, raw.
    QByteArray publishedKey()
    {
        return fromBase64(
            json(hub().request("GET", "/v1/hub/key").body)->optValue<std::string>("public_key", ""));
    }

    /// Checks a receipt answer: its signature against the published key, its payload's members.
    void checkReceipt(const Poco::JSON::Object::Ptr& receipt, const std::string& consentId,
                      const std::string& reason, const std::map<std::string, int>& erased)
    {
        const std::string payload = receipt->optValue<std::string>("payload", "");
        const QByteArray signature = fromBase64(receipt->optValue<std::string>("signature", ""));
        QCOMPARE(signature.size(), 64);
        QVERIFY(verifies(publishedKey(), payload, signature));
        std::string tampered = payload;
        tampered[tampered.size() / 2] ^= 0x01;
        QVERIFY(!verifies(publishedKey(), tampered, signature));
        QCOMPARE(receipt->optValue<std::string>("key_id", ""),
                 json(hub().request("GET", "/v1/hub/key").body)->optValue<std::string>("key_id", "-"));

        const auto p = json(payload);
        QCOMPARE(p->optValue<std::string>("type", ""), std::string("erasure"));
        QCOMPARE(p->optValue<std::string>("consent_id", ""), consentId);
        QCOMPARE(p->optValue<std::string>("reason", ""), reason);
        QVERIFY(!p->optValue<std::string>("hub", "").empty());
        const auto at = core::parseIso8601(p->optValue<std::string>("erased_at", ""));
        QVERIFY(at);
        QVERIFY(std::chrono::abs(*at - core::now()) < std::chrono::minutes(2));
        const auto counts = p->getObject("erased");
        QVERIFY(counts);
        QCOMPARE(counts->size(), erased.size());
        for (const auto& [category, n] : erased)
            QCOMPARE(counts->optValue<int>(category, -1), n);
    }

private slots:
    void initTestCase()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_hub = std::make_unique<test::HubProcess>(
            m_dir->path(), QStringList{QStringLiteral("mydata_expiry_check_seconds = 1")});
        QVERIFY2(m_hub->start(), "balgul-hub did not start");
        QVERIFY(hub().addUser(QStringLiteral("minji"), QStringLiteral("citizen")));
        QVERIFY(hub().addUser(QStringLiteral("jun"), QStringLiteral("citizen")));
        m_minji = hub().login("minji");
        m_jun = hub().login("jun");
        QVERIFY(!m_minji.empty() && !m_jun.empty());
        m_minjiId = hub().storeQuery("SELECT id FROM users WHERE login = 'minji'");
        m_junId = hub().storeQuery("SELECT id FROM users WHERE login = 'jun'");
    }

    void publishesItsKey()
    {
        const auto reply = hub().request("GET", "/v1/hub/key"); // no token: the key is public
        QCOMPARE(reply.status, 200);
        const auto o = json(reply.body);
        QCOMPARE(o->optValue<std::string>("algorithm", ""), std::string("Ed25519"));
        const QByteArray raw = publishedKey();
        QCOMPARE(raw.size(), 32);
        QCOMPARE(o->optValue<std::string>("key_id", ""), core::sha256Hex(raw.toStdString()).substr(0, 16));
        QCOMPARE(hub().request("POST", "/v1/hub/key", "{}").status, 405);

        // A second hub process on the same store signs with the same key.
        test::HubProcess second(m_dir->path(), {QStringLiteral("mydata_expiry_check_seconds = 1")});
        QVERIFY2(second.start(), "the second balgul-hub did not start");
        QCOMPARE(second.request("GET", "/v1/hub/key").body, reply.body);
        QCOMPARE(second.stop(), 0);
    }

    void registersAConsentForTheAccount()
    {
        const auto consent = makeConsent({Category::Electricity});
        const std::string first = registerConsent(m_minji, consent);
        QVERIFY(!first.empty());
        QCOMPARE(json(first)->optValue<std::string>("status", ""), std::string("active"));
        // The same body again answers the same.
        QCOMPARE(registerConsent(m_minji, consent), first);

        // The principal is the account, whatever the body said.
        const auto status = hub().authed(m_minji, "GET", consentPath(consent.id));
        QCOMPARE(status.status, 200);
        const auto stored = json(status.body)->getObject("consent");
        QVERIFY(stored);
        QCOMPARE(stored->optValue<std::string>("principal", ""), m_minjiId);
        QCOMPARE(json(status.body)->optValue<std::string>("status", ""), std::string("active"));

        // A changed scope under the same id is a conflict, and the consent stays as it was.
        auto wider = consent;
        wider.categories.push_back(Category::Gas);
        auto reply =
            hub().authed(m_minji, "PUT", consentPath(consent.id), core::mydata::encodeConsent(wider));
        QCOMPARE(reply.status, 409);
        QCOMPARE(reply.errorCode(), std::string("conflict"));
        QCOMPARE(core::sync::decodeApiError(reply.body)->field, std::string("categories"));
        QCOMPARE(registerConsent(m_minji, consent), first);

        // Bad input is a 4xx, never a 500.
        const auto other = makeConsent({Category::Steps});
        QCOMPARE(
            hub().authed(m_minji, "PUT", consentPath(consent.id), core::mydata::encodeConsent(other)).status,
            400);
        QCOMPARE(hub().authed(m_minji, "PUT", consentPath(other.id), "{\"id\":").status, 400);
        auto control = other;
        control.recipient.name = std::string("Test\x01hub");
        const auto refused =
            hub().authed(m_minji, "PUT", consentPath(other.id), core::mydata::encodeConsent(control));
        QCOMPARE(refused.status, 400);
        QCOMPARE(core::sync::decodeApiError(refused.body)->field, std::string("recipient.name"));
        QCOMPARE(hub()
                     .authed(m_minji, "PUT", consentPath("NOT-A-UUID"), core::mydata::encodeConsent(other))
                     .status,
                 400);
        QCOMPARE(hub().request("PUT", consentPath(other.id), core::mydata::encodeConsent(other)).status, 401);
        auto expired = makeConsent({Category::Steps});
        expired.expires = nowSeconds() - 1;
        expired.given = expired.events[0].time = nowSeconds() - 100;
        reply = hub().authed(m_minji, "PUT", consentPath(expired.id), core::mydata::encodeConsent(expired));
        QCOMPARE(reply.status, 409);
        QCOMPARE(reply.errorCode(), std::string("consent_expired"));
        QCOMPARE(hub().authed(m_minji, "GET", consentPath(expired.id)).status, 404);
        auto later = makeConsent({Category::Steps});
        later.given = later.events[0].time = nowSeconds() + 2 * kDay;
        later.expires = nowSeconds() + 30 * kDay;
        reply = hub().authed(m_minji, "PUT", consentPath(later.id), core::mydata::encodeConsent(later));
        QCOMPARE(reply.status, 400);
        QCOMPARE(core::sync::decodeApiError(reply.body)->field, std::string("given"));

        // Only its resident pulls it.
        const auto mine = consentChanges(m_minji);
        QVERIFY(std::any_of(mine.begin(), mine.end(),
                            [&](const auto& c) { return c.id == consent.id && !c.deleted; }));
        QVERIFY(consentChanges(m_jun).empty());
    }

    void anotherResidentCannotTouchIt()
    {
        const auto consent = makeConsent({Category::Electricity});
        QVERIFY(!registerConsent(m_minji, consent).empty());
        QCOMPARE(
            share(m_minji, consent.id, core::newUuid(), {row(Category::Electricity, "Wh", dayStart(), 9000)})
                .status,
            200);

        // Jun hears "no such consent" whatever he tries, his own copy of the body included.
        for (const auto& [method, tail, body] :
             std::vector<std::tuple<std::string, std::string, std::string>>{
                 {"GET", "", ""},
                 {"PUT", "", core::mydata::encodeConsent(consent)},
                 {"POST", "/shares",
                  batchBody(core::newUuid(), {row(Category::Electricity, "Wh", dayStart(1), 1)})},
                 {"POST", "/withdraw", ""}}) {
            const auto reply = hub().authed(m_jun, method, consentPath(consent.id, tail), body);
            QCOMPARE(reply.status, 404);
            QCOMPARE(reply.errorCode(), std::string("not_found"));
        }
        QCOMPARE(storedRows(consent.id), std::string("1"));
        QCOMPARE(json(hub().authed(m_minji, "GET", consentPath(consent.id)).body)
                     ->optValue<std::string>("status", ""),
                 std::string("active"));
        // A consent never comes through a push, so a forged tombstone cannot either.
        int status = 0;
        hub().push(
            m_jun,
            {test::makeOp(core::newUuidV7(), "consent", consent.id, 1, "{}", core::sync::OpKind::Delete)},
            "client-jun", &status);
        QCOMPARE(status, 400);
        QCOMPARE(storedRows(consent.id), std::string("1"));
    }

    void rowsOutsideTheScopeAreRefused_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");
        const std::string batch = core::newUuid();
        const auto text = [&](const std::vector<SharedRow>& rows) {
            return QString::fromStdString(batchBody(batch, rows));
        };
        const auto ok = row(Category::Electricity, "Wh", dayStart(), 8000);
        QTest::addRow("a category the consent does not name")
            << text({ok, row(Category::Steps, "count", dayStart(), 9000)}) << 400 << "rows[1].category";
        QTest::addRow("finer than the consent's aggregate")
            << text({row(Category::Electricity, "Wh", dayStart() + 3600, 500, Aggregate::Hourly)}) << 400
            << "rows[0].aggregate";
        QTest::addRow("a unit electricity has not got")
            << text({row(Category::Electricity, "m3", dayStart(), 1)}) << 400 << "rows[0].unit";
        QTest::addRow("a place on an electricity row")
            << text({row(Category::Electricity, "Wh", dayStart(), 1, Aggregate::Daily, "1km:1:1")}) << 400
            << "rows[0].cell";
        QTest::addRow("the same row twice") << text({ok, ok}) << 400 << "rows[1]";
        QTest::addRow("a member missing")
            << QString::fromStdString(
                   R"({"batch_id":")" + batch +
                   R"(","rows":[{"category":"electricity","unit":"Wh","aggregate":"daily",)"
                   R"("period_start":"2026-01-01T00:00:00Z","count":3,"cell":""}]})")
            << 400 << "rows[0].value";
        QTest::addRow("no batch id") << QString::fromStdString(core::mydata::encodeSharedRows({ok})) << 400
                                     << "batch_id";
        QTest::addRow("not JSON") << QStringLiteral("{\"rows\":[") << 400 << "";
    }

    void rowsOutsideTheScopeAreRefused()
    {
        QFETCH(QString, body);
        QFETCH(int, status);
        QFETCH(QString, field);
        const auto consent = makeConsent({Category::Electricity, Category::Gas});
        QVERIFY(!registerConsent(m_minji, consent).empty());
        const auto reply =
            hub().authed(m_minji, "POST", consentPath(consent.id, "/shares"), body.toStdString());
        QCOMPARE(reply.status, status);
        QVERIFY(reply.isJsonError());
        if (!field.isEmpty())
            QCOMPARE(QString::fromStdString(core::sync::decodeApiError(reply.body)->field), field);
        QCOMPARE(storedRows(consent.id), std::string("0")); // nothing of the batch is kept
    }

    void aReplayedBatchAnswersTheSameAndCountsOnce()
    {
        const auto consent = makeConsent({Category::Electricity});
        QVERIFY(!registerConsent(m_minji, consent).empty());
        const std::string batch = core::newUuid();
        const std::vector<SharedRow> rows = {row(Category::Electricity, "Wh", dayStart(0), 8100),
                                             row(Category::Electricity, "Wh", dayStart(1), 8200),
                                             row(Category::Electricity, "Wh", dayStart(2), 8300)};
        const auto first = share(m_minji, consent.id, batch, rows);
        QCOMPARE(first.status, 200);
        QCOMPARE(json(first.body)->optValue<int>("added", -1), 3);
        const auto again = share(m_minji, consent.id, batch, rows);
        QCOMPARE(again.status, first.status);
        QCOMPARE(again.body, first.body);
        QCOMPARE(storedRows(consent.id), std::string("3"));

        // A new batch with a day sent before replaces that day's row.
        const auto more = share(m_minji, consent.id, core::newUuid(),
                                {row(Category::Electricity, "Wh", dayStart(0), 8150),
                                 row(Category::Electricity, "Wh", dayStart(3), 8400)});
        QCOMPARE(json(more.body)->optValue<int>("added", -1), 1);
        QCOMPARE(json(more.body)->optValue<int>("replaced", -1), 1);
        QCOMPARE(storedRows(consent.id), std::string("4"));

        // The batch id under another consent of hers is not a replay.
        const auto second = makeConsent({Category::Electricity});
        QVERIFY(!registerConsent(m_minji, second).empty());
        const auto taken = share(m_minji, second.id, batch, rows);
        QCOMPARE(taken.status, 409);
        QCOMPARE(storedRows(second.id), std::string("0"));

        // The rows are kept under the consent alone: no account beside them.
        for (const auto& stored : hub().storeRows("SELECT * FROM mydata_shares"))
            for (const auto& value : stored)
                QVERIFY(value.find(m_minjiId) == std::string::npos &&
                        value.find("minji") == std::string::npos);
    }

    void batchesAndAWithdrawalAtOnce()
    {
        const auto consent = makeConsent({Category::Electricity});
        QVERIFY(!registerConsent(m_minji, consent).empty());

        // The same batch from eight connections at once: one answer for all, its rows stored once.
        const std::string batch = core::newUuid();
        std::vector<SharedRow> rows;
        for (int d = 0; d < 5; ++d)
            rows.push_back(row(Category::Electricity, "Wh", dayStart(d), 5000 + d));
        std::vector<test::HttpReply> replies(8);
        {
            std::vector<std::thread> threads;
            for (std::size_t i = 0; i < replies.size(); ++i)
                threads.emplace_back([&, i] { replies[i] = share(m_minji, consent.id, batch, rows); });
            for (auto& t : threads)
                t.join();
        }
        for (const auto& reply : replies) {
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.body, replies[0].body);
        }
        QCOMPARE(json(replies[0].body)->optValue<int>("added", -1), 5);
        QCOMPARE(storedRows(consent.id), std::string("5"));

        // Batches racing the withdrawal: each is taken whole before it or refused after it, and the
        // receipt counts exactly what was stored when it was made.
        std::vector<test::HttpReply> batches(6);
        test::HttpReply withdrawal;
        {
            std::vector<std::thread> threads;
            for (std::size_t i = 0; i < batches.size(); ++i)
                threads.emplace_back([&, i] {
                    std::vector<SharedRow> more;
                    for (int d = 0; d < 3; ++d)
                        more.push_back(
                            row(Category::Electricity, "Wh", dayStart(10 + 3 * static_cast<int>(i) + d), 1));
                    batches[i] = share(m_minji, consent.id, core::newUuid(), more);
                });
            threads.emplace_back(
                [&] { withdrawal = hub().authed(m_minji, "POST", consentPath(consent.id, "/withdraw")); });
            for (auto& t : threads)
                t.join();
        }
        int taken = 0;
        for (const auto& reply : batches) {
            if (reply.status == 200) {
                QCOMPARE(json(reply.body)->optValue<int>("added", -1), 3);
                ++taken;
            } else {
                QCOMPARE(reply.status, 409);
                QCOMPARE(reply.errorCode(), std::string("consent_withdrawn"));
            }
        }
        QCOMPARE(withdrawal.status, 200);
        checkReceipt(json(withdrawal.body), consent.id, "withdrawn", {{"electricity", 5 + 3 * taken}});
        QCOMPARE(storedRows(consent.id), std::string("0"));
    }

    void withdrawalErasesWithASignedReceipt()
    {
        const auto consent = makeConsent({Category::Electricity, Category::Gas});
        QVERIFY(!registerConsent(m_minji, consent).empty());
        QCOMPARE(
            share(m_minji, consent.id, core::newUuid(),
                  {row(Category::Electricity, "Wh", dayStart(0), 7000),
                   row(Category::Electricity, "Wh", dayStart(1), 7100),
                   row(Category::Electricity, "Wh", dayStart(2), 7200),
                   row(Category::Gas, "m3", dayStart(0), 1.5), row(Category::Gas, "m3", dayStart(1), 1.25)})
                .status,
            200);
        const auto counts =
            json(hub().authed(m_minji, "GET", consentPath(consent.id)).body)->getObject("rows");
        QVERIFY(counts);
        QCOMPARE(counts->optValue<int>("electricity", 0), 3);
        QCOMPARE(counts->optValue<int>("gas", 0), 2);

        const auto reply = hub().authed(m_minji, "POST", consentPath(consent.id, "/withdraw"));
        QCOMPARE(reply.status, 200);
        checkReceipt(json(reply.body), consent.id, "withdrawn", {{"electricity", 3}, {"gas", 2}});
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(storedRows(consent.id), std::string("0"));

        // A second withdrawal answers the same receipt, byte for byte.
        const auto again = hub().authed(m_minji, "POST", consentPath(consent.id, "/withdraw"));
        QCOMPARE(again.status, 200);
        QCOMPARE(again.body, reply.body);

        // Nothing more is taken under it, nor registered again.
        const auto late =
            share(m_minji, consent.id, core::newUuid(), {row(Category::Electricity, "Wh", dayStart(4), 1)});
        QCOMPARE(late.status, 409);
        QCOMPARE(late.errorCode(), std::string("consent_withdrawn"));
        QCOMPARE(storedRows(consent.id), std::string("0"));
        QCOMPARE(hub()
                     .authed(m_minji, "PUT", consentPath(consent.id), core::mydata::encodeConsent(consent))
                     .errorCode(),
                 std::string("consent_withdrawn"));

        // The owner reads the status with the receipt kept.
        const auto status = json(hub().authed(m_minji, "GET", consentPath(consent.id)).body);
        QCOMPARE(status->optValue<std::string>("status", ""), std::string("withdrawn"));
        const auto receipts = status->getArray("receipts");
        QVERIFY(receipts && receipts->size() == 1);
        QCOMPARE(receipts->getObject(0)->optValue<std::string>("payload", ""),
                 json(reply.body)->optValue<std::string>("payload", "-"));

        // Her pulls carry the tombstone with the receipt; Jun's carry nothing of it.
        bool found = false;
        for (const auto& c : consentChanges(m_minji)) {
            if (c.id != consent.id)
                continue;
            found = true;
            QVERIFY(c.deleted);
            QCOMPARE(c.fields->optValue<std::string>("status", ""), std::string("withdrawn"));
            const auto receipt = c.fields->getObject("receipt");
            QVERIFY(receipt);
            QCOMPARE(receipt->optValue<std::string>("payload", ""),
                     json(reply.body)->optValue<std::string>("payload", "-"));
            QCOMPARE(receipt->optValue<std::string>("signature", ""),
                     json(reply.body)->optValue<std::string>("signature", "-"));
        }
        QVERIFY(found);
        QVERIFY(consentChanges(m_jun).empty());
    }

    void expiryIsErasedByTheHub()
    {
        const auto consent = makeConsent({Category::Steps});
        QVERIFY(!registerConsent(m_minji, consent).empty());
        QCOMPARE(share(m_minji, consent.id, core::newUuid(),
                       {row(Category::Steps, "count", dayStart(0), 9000),
                        row(Category::Steps, "count", dayStart(1), 11000)})
                     .status,
                 200);
        // The hub's clock passing the expiry, without waiting for it: the stored expiry moves back.
        hub().storeQuery("UPDATE mydata_consents SET expires = " + std::to_string(nowSeconds() - 5) +
                         " WHERE id = '" + consent.id + "'");
        // The hub erases it on its own (every second here); nobody asks. It erases first and then
        // writes the change the pulls carry: wait for both.
        std::string state;
        for (int i = 0; i < 100 && state != "expired expired"; ++i) {
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
            state = hub().storeQuery("SELECT state || ' ' || published FROM mydata_consents WHERE id = '" +
                                     consent.id + "'");
        }
        QCOMPARE(state, std::string("expired expired"));
        QCOMPARE(storedRows(consent.id), std::string("0"));
        const auto status = json(hub().authed(m_minji, "GET", consentPath(consent.id)).body);
        QCOMPARE(status->optValue<std::string>("status", ""), std::string("expired"));
        const auto receipts = status->getArray("receipts");
        QVERIFY(receipts && receipts->size() == 1);
        checkReceipt(receipts->getObject(0), consent.id, "expired", {{"steps", 2}});
        const auto late =
            share(m_minji, consent.id, core::newUuid(), {row(Category::Steps, "count", dayStart(3), 1)});
        QCOMPARE(late.errorCode(), std::string("consent_expired"));
        bool tombstone = false;
        for (const auto& c : consentChanges(m_minji))
            tombstone = tombstone || (c.id == consent.id && c.deleted && c.fields->getObject("receipt"));
        QVERIFY(tombstone);
    }

    void expiryWhileTheHubWasDownIsErasedAtStart()
    {
        // A hub of its own that sweeps only once a day after its start.
        BALGUL_START_HUB(other, dir, {QStringLiteral("mydata_expiry_check_seconds = 86400")});
        QVERIFY(other.addUser(QStringLiteral("sora"), QStringLiteral("citizen")));
        const std::string sora = other.login("sora");
        const auto consent = makeConsent({Category::WalkingDistance});
        QCOMPARE(
            other.authed(sora, "PUT", consentPath(consent.id), core::mydata::encodeConsent(consent)).status,
            200);
        QCOMPARE(
            other
                .authed(sora, "POST", consentPath(consent.id, "/shares"),
                        batchBody(core::newUuid(), {row(Category::WalkingDistance, "m", dayStart(), 4200)}))
                .status,
            200);
        QCOMPARE(other.stop(), 0);
        other.storeQuery("UPDATE mydata_consents SET expires = " + std::to_string(nowSeconds() - 5) +
                         " WHERE id = '" + consent.id + "'");
        QVERIFY(other.start());
        // Erased before the hub answered anyone.
        QCOMPARE(other.storeQuery("SELECT state FROM mydata_consents WHERE id = '" + consent.id + "'"),
                 std::string("expired"));
        QCOMPARE(other.storeQuery("SELECT count(*) FROM mydata_shares"), std::string("0"));
        QCOMPARE(
            other.storeQuery("SELECT reason FROM mydata_receipts WHERE consent_id = '" + consent.id + "'"),
            std::string("expired"));
    }
};

QTEST_GUILESS_MAIN(TestHubMydata)
#include "test_hub_mydata.moc"
