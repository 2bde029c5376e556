// MyData sharing through a real hub (SQLite, or PostgreSQL under hub.postgres): two residents and a
// coordinator import a real Green Button feed into their vaults and share it under consents. The
// preview is exactly what the hub stores; a batch whose answer was lost goes again under its id and
// is counted once; the coordinator's aggregates count three residents, then two once one withdraws;
// withdrawal erases everything under the consent with a receipt that verifies against the published
// key and counts what was stored; a tampered receipt or a changed hub key is refused; a consent
// ended on the hub (withdrawn elsewhere, or expired) reaches the resident's profile through the sync
// pull with its verified receipt; and balgul-cli does it all end to end.

#include "../support/test_support.h"
#include "sync_fixture.h"

#include "core/mydata/greenbutton.h"
#include "core/mydata/mydata_sync.h"
#include "core/mydata/vault.h"
#include "core/util/ids.h"
#include "core/util/time.h"

#include <openssl/evp.h>

#include <Poco/JSON/Array.h>

#include <QObject>

#include <chrono>
#include <cmath>
#include <thread>

using namespace balgul;
using namespace balgul::core::mydata;

namespace {

constexpr const char* kPassphrase = "a long passphrase for tests";
constexpr std::int64_t kDay = 86400;

std::int64_t nowSeconds()
{
    return core::toUnixMs(core::now()) / 1000;
}

/// The cheapest costs the vault takes, so that tests unlock in a blink.
KdfParams fastCosts()
{
    return KdfParams{crypto::kMinMemoryKiB, 1, 1};
}

/// A resident: a profile signed in to the hub, with a vault.
struct Resident
{
    test::Client client;
    std::unique_ptr<Vault> vault;

    core::Store& store() { return *client.store; }
};

Consent electricityConsent(const std::string& hubUrl, std::int64_t expires)
{
    Consent draft;
    draft.purpose = "Find the blocks whose electricity use peaks during heat waves";
    draft.purposeCategory = "dpv:PublicBenefit";
    draft.recipient = {RecipientKind::Hub, hubUrl, "Balgul hub"};
    draft.categories = {Category::Electricity};
    draft.aggregate = Aggregate::Daily;
    draft.grid = core::geo::Precision::Km1;
    draft.retentionDays = 180;
    draft.expires = expires;
    draft.withdrawal = "Withdraw in Balgul under MyData, Consents";
    return newConsent(draft, nowSeconds() - 60);
}

Poco::JSON::Object::Ptr json(const std::string& text)
{
    auto o = core::sync::parseObject(text);
    return o ? *o : Poco::JSON::Object::Ptr(new Poco::JSON::Object);
}

/// Ed25519 with OpenSSL, apart from the code under test.
bool independentlyVerifies(const std::string& publicKey, const std::string& message,
                           const QByteArray& signature)
{
    EVP_PKEY* key = EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                                                reinterpret_cast<const unsigned char*>(publicKey.data()),
                                                publicKey.size());
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

/// The rows the hub stores under a consent, in minimize()'s order.
std::vector<SharedRow> hubRows(test::HubProcess& hub, const std::string& consentId)
{
    std::vector<SharedRow> out;
    for (const auto& r :
         hub.storeRows("SELECT category, unit, aggregate, period_start, value, count, cell FROM "
                       "mydata_shares WHERE consent_id = '" +
                       consentId + "' ORDER BY period_start, cell")) {
        SharedRow row;
        row.category = categoryFromString(r.at(0)).value_or(Category::Gas);
        row.unit = r.at(1);
        row.aggregate = aggregateFromString(r.at(2)).value_or(Aggregate::Raw);
        row.periodStart = std::stoll(r.at(3));
        row.value = std::stod(r.at(4));
        row.count = std::stoll(r.at(5));
        row.cell = r.at(6);
        out.push_back(row);
    }
    return out;
}

/// Same rows; values as the hub's store prints them (15 significant digits on SQLite).
bool sameRows(const std::vector<SharedRow>& a, const std::vector<SharedRow>& b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const SharedRow& x = a[i];
        const SharedRow& y = b[i];
        if (x.category != y.category || x.unit != y.unit || x.aggregate != y.aggregate ||
            x.periodStart != y.periodStart || x.count != y.count || x.cell != y.cell ||
            std::abs(x.value - y.value) > 1e-9 * std::max(1.0, std::abs(x.value))) {
            qWarning() << "row" << i << "differs:" << x.periodStart << x.value << "against" << y.periodStart
                       << y.value;
            return false;
        }
    }
    return true;
}

std::string rowsOnHub(test::HubProcess& hub, const std::string& consentId)
{
    return hub.storeQuery("SELECT count(*) FROM mydata_shares WHERE consent_id = '" + consentId + "'");
}

/// balgul-cli on one profile folder.
struct Cli
{
    std::string dataDir;

    int operator()(const std::vector<std::string>& words, const QByteArray& input, QByteArray* out) const
    {
        QStringList args{QStringLiteral("--data-dir"), QString::fromStdString(dataDir)};
        for (const std::string& w : words)
            args << QString::fromStdString(w);
        return test::runCli(args, input, out);
    }
};

#define REQUIRE_OK(result) QVERIFY2((result).ok(), (result).ok() ? "" : (result).error().toString().c_str())

} // namespace

class TestMydataSync : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::HubProcess> m_hub;
    std::string m_url;
    QString m_feed;                  ///< ../shared/data/greenbutton/1hrLP_32Days.xml, "" when absent
    Resident m_minji, m_jun, m_hana; // two citizens and a coordinator
    std::string m_minjiConsent, m_junConsent, m_hanaConsent;
    std::vector<SharedRow> m_previewed; ///< minji's preview before her first share

    test::HubProcess& hub() { return *m_hub; }

    core::sync::HubEndpoint endpoint(Resident& r)
    {
        return core::sync::HubEndpoint{m_url, r.client.token, true, 30};
    }

    bool makeResident(Resident& r, const std::string& login)
    {
        const std::string path =
            (m_dir->path() + QStringLiteral("/%1.db").arg(QString::fromStdString(login))).toStdString();
        if (!test::makeClient(r.client, path, login, hub()))
            return false;
        r.vault = std::make_unique<Vault>(r.store());
        return r.vault->create(kPassphrase, fastCosts()).ok();
    }

    /// The Green Button feed into the resident's vault: 768 hourly readings over 33 UTC days.
    void importFeed(Resident& r)
    {
        auto feed = readGreenButton(m_feed.toStdString());
        REQUIRE_OK(feed);
        QCOMPARE(feed->report.kept, 768);
        auto ids = r.vault->putAll(feed->blocks, core::newUuid());
        REQUIRE_OK(ids);
        QCOMPARE(ids->size(), std::size_t(33));
    }

    std::string give(Resident& r, std::int64_t expires)
    {
        auto given = giveConsent(r.store(), electricityConsent(m_url, expires), endpoint(r));
        if (!given) {
            qWarning() << "giveConsent:" << given.error().toString().c_str();
            return {};
        }
        return given->consent.id;
    }

    HubKey publishedKey()
    {
        auto key = decodeHubKey(hub().request("GET", "/v1/hub/key").body);
        return key ? *key : HubKey{};
    }

private slots:
    void initTestCase()
    {
        m_feed = test::sharedDataDir();
        if (!m_feed.isEmpty())
            m_feed += QStringLiteral("/greenbutton/1hrLP_32Days.xml");
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_hub = std::make_unique<test::HubProcess>(
            m_dir->path(),
            QStringList{QStringLiteral("mydata_k = 3"), QStringLiteral("mydata_expiry_check_seconds = 1"),
                        // Who runs the hub, as the consent receipts name the controller.
                        QStringLiteral("controller_name = 대전광역시 도시문제발굴단"),
                        QStringLiteral("controller_contact = Living lab office"),
                        QStringLiteral("controller_email = lab@daejeon.example"),
                        QStringLiteral("controller_phone = +82-42-000-0000"),
                        QStringLiteral("controller_address = 100 Dunsan-ro, Seo-gu, Daejeon"),
                        QStringLiteral("privacy_policy_url = https://daejeon.example/privacy")});
        QVERIFY2(m_hub->start(), "balgul-hub did not start");
        m_url = test::hubUrl(hub());
        QVERIFY(hub().addUser(QStringLiteral("minji"), QStringLiteral("citizen")));
        QVERIFY(hub().addUser(QStringLiteral("jun"), QStringLiteral("citizen")));
        QVERIFY(hub().addUser(QStringLiteral("hana"), QStringLiteral("coordinator")));
        QVERIFY(makeResident(m_minji, "minji"));
        QVERIFY(makeResident(m_jun, "jun"));
        QVERIFY(makeResident(m_hana, "hana"));
    }

    void consentIsRegisteredWithItsReceiptsAndThePinnedKey()
    {
        if (m_feed.isEmpty())
            QSKIP("../shared/data is absent (set BALGUL_SHARED_DATA): real-file test skipped");
        importFeed(m_minji);
        m_minjiConsent = give(m_minji, nowSeconds() + 30 * kDay);
        QVERIFY(!m_minjiConsent.empty());

        auto kept = loadConsent(m_minji.store(), m_minjiConsent);
        REQUIRE_OK(kept);
        QVERIFY(kept->state == LocalConsentState::Given);
        // The principal is the signed-in account, as the hub registered it.
        const std::string minjiId = m_minji.store().syncValue("hub_user_id");
        QCOMPARE(kept->consent.principal, minjiId);
        QCOMPARE(hub().storeQuery("SELECT owner_id FROM mydata_consents WHERE id = '" + m_minjiConsent + "'"),
                 minjiId);
        QCOMPARE(hub().storeQuery("SELECT state FROM mydata_consents WHERE id = '" + m_minjiConsent + "'"),
                 std::string("active"));

        // The hub's key is pinned at the first consent, as the hub publishes it.
        auto pinned = pinnedHubKey(m_minji.store(), m_url);
        REQUIRE_OK(pinned);
        QVERIFY(pinned->has_value());
        QVERIFY(**pinned == publishedKey());

        // The Kantara consent receipt: the consent, its resident and the hub as controller.
        auto receipts = loadReceipts(m_minji.store(), m_minjiConsent);
        REQUIRE_OK(receipts);
        QCOMPARE(receipts->size(), std::size_t(1));
        QCOMPARE(receipts->front().kind, std::string("consent"));
        const auto kantara = json(receipts->front().json);
        QCOMPARE(kantara->optValue<std::string>("version", ""), std::string("KI-CR-v1.1.0"));
        QCOMPARE(kantara->optValue<std::string>("consentReceiptID", ""), m_minjiConsent);
        QCOMPARE(kantara->optValue<std::string>("piiPrincipalId", ""), minjiId);
        const auto controllers = kantara->getArray("piiControllers");
        QVERIFY(controllers && controllers->size() == 1);
        // The controller as the hub's operator states it in the hub's config (GET /v1/info).
        const auto controller = controllers->getObject(0);
        QCOMPARE(controller->optValue<std::string>("piiController", ""),
                 std::string("대전광역시 도시문제발굴단"));
        QCOMPARE(controller->optValue<std::string>("contact", ""), std::string("Living lab office"));
        QCOMPARE(controller->optValue<std::string>("email", ""), std::string("lab@daejeon.example"));
        QCOMPARE(controller->optValue<std::string>("phone", ""), std::string("+82-42-000-0000"));
        QCOMPARE(controller->getObject("address")->optValue<std::string>("streetAddress", ""),
                 std::string("100 Dunsan-ro, Seo-gu, Daejeon"));
        QCOMPARE(controller->getObject("address")->optValue<std::string>("addressCountry", ""),
                 std::string("KR"));
        QCOMPARE(kantara->optValue<std::string>("policyUrl", ""),
                 std::string("https://daejeon.example/privacy"));
        QCOMPARE(controller->optValue<std::string>("piiControllerUrl", ""), m_url);

        // Given again (an answer lost), the hub answers as before and nothing is kept twice.
        auto again = registerConsent(m_minji.store(), m_minjiConsent, endpoint(m_minji));
        REQUIRE_OK(again);
        QCOMPARE(loadReceipts(m_minji.store(), m_minjiConsent)->size(), std::size_t(1));
    }

    void previewIsWhatTheHubStores()
    {
        if (m_minjiConsent.empty())
            QSKIP("needs the consent of the test before");
        auto preview = previewShare(m_minji.store(), *m_minji.vault, m_minjiConsent);
        REQUIRE_OK(preview);
        QCOMPARE(preview->rows.size(), std::size_t(33)); // one row a UTC day
        QVERIFY(preview->pending.empty());
        QCOMPARE(preview->alreadyShared, std::int64_t(0));
        QCOMPARE(preview->summary.size(), std::size_t(1));
        QCOMPARE(preview->summary.front().rows, std::size_t(33));
        QCOMPARE(preview->summary.front().readings, std::int64_t(768));
        m_previewed = preview->rows;

        ShareOptions options;
        options.batchSize = 10;
        auto report = shareUnderConsent(m_minji.store(), *m_minji.vault, m_minjiConsent, endpoint(m_minji),
                                        {}, options);
        REQUIRE_OK(report);
        QCOMPARE(report->batches, 4);
        QCOMPARE(report->batchesSentAgain, 0);
        QCOMPARE(report->rowsSent, std::int64_t(33));
        QCOMPARE(report->added, std::int64_t(33));
        QCOMPARE(report->replaced, std::int64_t(0));

        // Exactly the previewed rows, no more, no fewer, on the hub; and as the resident's log keeps them.
        QVERIFY(sameRows(hubRows(hub(), m_minjiConsent), m_previewed));
        auto logged = sharedRows(m_minji.store(), *m_minji.vault, m_minjiConsent);
        REQUIRE_OK(logged);
        QVERIFY(sameRows(*logged, m_previewed));
        // The owner's view of the hub agrees.
        auto status = fetchConsentStatus(m_minji.store(), m_minjiConsent, endpoint(m_minji));
        REQUIRE_OK(status);
        QCOMPARE(status->status, std::string("active"));
        QCOMPARE(status->rows.size(), std::size_t(1));
        QCOMPARE(status->rows.at("electricity"), std::int64_t(33));
        // No one else hears of it.
        QCOMPARE(hub().authed(m_jun.client.token, "GET", "/v1/mydata/consents/" + m_minjiConsent).status,
                 404);

        // Shared again: nothing new to send.
        auto second = previewShare(m_minji.store(), *m_minji.vault, m_minjiConsent);
        REQUIRE_OK(second);
        QVERIFY(second->rows.empty());
        QCOMPARE(second->alreadyShared, std::int64_t(33));
        auto again = shareUnderConsent(m_minji.store(), *m_minji.vault, m_minjiConsent, endpoint(m_minji));
        REQUIRE_OK(again);
        QCOMPARE(again->rowsSent, std::int64_t(0));
        QCOMPARE(rowsOnHub(hub(), m_minjiConsent), std::string("33"));

        // A locked vault shares nothing.
        m_minji.vault->lock();
        auto locked = previewShare(m_minji.store(), *m_minji.vault, m_minjiConsent);
        QVERIFY(!locked);
        QCOMPARE(locked.error().code, std::string("vault_locked"));
        QVERIFY(m_minji.vault->unlock(kPassphrase).ok());
    }

    void lostAnswerIsCountedOnce()
    {
        if (m_feed.isEmpty())
            QSKIP("../shared/data is absent (set BALGUL_SHARED_DATA): real-file test skipped");
        importFeed(m_jun);
        m_junConsent = give(m_jun, nowSeconds() + 30 * kDay);
        QVERIFY(!m_junConsent.empty());
        const std::string path = "/v1/mydata/consents/" + m_junConsent + "/shares";

        // The batches are kept in the vault, then sent; the hub commits, and every answer is lost.
        ShareOptions options;
        options.batchSize = 10;
        auto batches = queueShare(m_jun.store(), *m_jun.vault, m_junConsent, {}, options);
        REQUIRE_OK(batches);
        QCOMPARE(batches->size(), std::size_t(4));
        std::vector<std::string> lost;
        for (const ShareBatch& b : *batches) {
            const auto reply = hub().authed(m_jun.client.token, "POST", path, b.body);
            QCOMPARE(reply.status, 200);
            lost.push_back(reply.body);
        }
        QCOMPARE(rowsOnHub(hub(), m_junConsent), std::string("33"));
        const std::string batchesOnHub =
            hub().storeQuery("SELECT count(*) FROM mydata_batches WHERE consent_id = '" + m_junConsent + "'");
        QCOMPARE(batchesOnHub, std::string("4"));

        // The preview still counts them: they go again, as they were.
        auto preview = previewShare(m_jun.store(), *m_jun.vault, m_junConsent);
        REQUIRE_OK(preview);
        QCOMPARE(preview->pending.size(), std::size_t(33));
        QCOMPARE(preview->pendingBatches, std::size_t(4));
        QVERIFY(preview->rows.empty());
        QCOMPARE(preview->rowCount(), std::size_t(33));

        // The next share sends the same batches under the same ids: the hub answers as the first time.
        auto report =
            shareUnderConsent(m_jun.store(), *m_jun.vault, m_junConsent, endpoint(m_jun), {}, options);
        REQUIRE_OK(report);
        QCOMPARE(report->batches, 4);
        QCOMPARE(report->batchesSentAgain, 4);
        QCOMPARE(report->rowsSent, std::int64_t(33));
        QCOMPARE(report->added, std::int64_t(33)); // counted once: not 33 replaced on top
        QCOMPARE(report->replaced, std::int64_t(0));
        QCOMPARE(rowsOnHub(hub(), m_junConsent), std::string("33"));
        QCOMPARE(
            hub().storeQuery("SELECT count(*) FROM mydata_batches WHERE consent_id = '" + m_junConsent + "'"),
            batchesOnHub);
        // One more time by hand: the very first answer, whatever happened since.
        QCOMPARE(hub().authed(m_jun.client.token, "POST", path, batches->front().body).body, lost.front());

        auto after = previewShare(m_jun.store(), *m_jun.vault, m_junConsent);
        REQUIRE_OK(after);
        QCOMPARE(after->rowCount(), std::size_t(0));
        QCOMPARE(after->alreadyShared, std::int64_t(33));
        QVERIFY(sameRows(hubRows(hub(), m_junConsent), hubRows(hub(), m_minjiConsent)));
    }

    void coordinatorSeesOnlyCellsOfKResidents()
    {
        if (m_junConsent.empty() || m_minjiConsent.empty())
            QSKIP("needs the consents of the tests before");
        importFeed(m_hana);
        m_hanaConsent = give(m_hana, nowSeconds() + 30 * kDay);
        QVERIFY(!m_hanaConsent.empty());
        auto shared = shareUnderConsent(m_hana.store(), *m_hana.vault, m_hanaConsent, endpoint(m_hana));
        REQUIRE_OK(shared);
        QCOMPARE(shared->rowsSent, std::int64_t(33));

        const std::string query = "/v1/mydata/"
                                  "aggregates?category=electricity&aggregate=daily&from=2012-04-01T00:00:00Z&"
                                  "to=2012-05-04T00:00:00Z";
        QCOMPARE(hub().authed(m_jun.client.token, "GET", query).status, 403);
        const auto reply = hub().authed(m_hana.client.token, "GET", query);
        QCOMPARE(reply.status, 200);
        const auto cells = json(reply.body)->getArray("cells");
        QVERIFY(cells);
        QCOMPARE(cells->size(), std::size_t(33));
        for (std::size_t i = 0; i < cells->size(); ++i) {
            const auto cell = cells->getObject(static_cast<unsigned>(i));
            QCOMPARE(cell->optValue<int>("residents", 0), 3);
            // Three residents sharing the same feed: the mean is each one's day.
            QVERIFY(std::abs(cell->optValue<double>("mean", -1) - m_previewed[i].value) < 1e-6);
        }
    }

    void withdrawalErasesWithAVerifiedReceipt()
    {
        if (m_minjiConsent.empty())
            QSKIP("needs the consent of the tests before");
        const std::string stored = rowsOnHub(hub(), m_minjiConsent);
        QCOMPARE(stored, std::string("33"));

        auto outcome = withdrawConsent(m_minji.store(), m_minjiConsent, endpoint(m_minji));
        REQUIRE_OK(outcome);
        QVERIFY(outcome->receipt);
        QVERIFY(!outcome->keptBefore);
        const ErasureReceipt& r = *outcome->receipt;
        QCOMPARE(r.consentId, m_minjiConsent);
        QCOMPARE(r.reason, std::string("withdrawn"));
        QCOMPARE(r.hub, std::string("Balgul hub"));
        QCOMPARE(r.erased.size(), std::size_t(1));
        QCOMPARE(r.erased.at("electricity"), std::stoll(stored)); // what was stored, counted
        QVERIFY(std::abs(r.erasedAt - nowSeconds()) < 120);
        // Verifies against the key the hub publishes, checked apart from the code under test.
        const HubKey key = publishedKey();
        QCOMPARE(r.keyId, key.keyId);
        const auto signature = QByteArray::fromBase64(QByteArray::fromStdString(r.signature));
        QVERIFY(independentlyVerifies(key.publicKey, r.payload, signature));
        // The hub holds none of the consent's rows, and the cells of three residents are gone.
        QCOMPARE(rowsOnHub(hub(), m_minjiConsent), std::string("0"));
        const auto aggregates = hub().authed(m_hana.client.token, "GET",
                                             "/v1/mydata/aggregates?category=electricity&aggregate=daily&"
                                             "from=2012-04-01T00:00:00Z&to=2012-05-04T00:00:00Z");
        QCOMPARE(json(aggregates.body)->getArray("cells")->size(), std::size_t(0));

        // Kept here: the consent withdrawn, with its event, and the receipt once.
        auto kept = loadConsent(m_minji.store(), m_minjiConsent);
        REQUIRE_OK(kept);
        QVERIFY(kept->state == LocalConsentState::Withdrawn);
        QVERIFY(status(kept->consent, nowSeconds()) == ConsentStatus::Withdrawn);
        const auto erasures = [&] {
            int n = 0;
            const auto receipts = loadReceipts(m_minji.store(), m_minjiConsent);
            for (const StoredReceipt& s : *receipts)
                n += s.kind == "erasure";
            return n;
        };
        QCOMPARE(erasures(), 1);

        // Asked again (the answer lost): the same receipt, kept once.
        auto replay = withdrawConsent(m_minji.store(), m_minjiConsent, endpoint(m_minji));
        REQUIRE_OK(replay);
        QVERIFY(replay->receipt);
        QVERIFY(replay->keptBefore);
        QCOMPARE(replay->receipt->payload, r.payload);
        QCOMPARE(replay->receipt->signature, r.signature);
        QCOMPARE(erasures(), 1);

        // Nothing more leaves under it.
        auto share = shareUnderConsent(m_minji.store(), *m_minji.vault, m_minjiConsent, endpoint(m_minji));
        QVERIFY(!share);
        QCOMPARE(share.error().code, std::string("consent_withdrawn"));
    }

    void tamperedReceiptsAndChangedKeysAreRefused()
    {
        if (m_minjiConsent.empty())
            QSKIP("needs the consent of the tests before");
        const HubKey key = publishedKey();
        const auto answer =
            hub().authed(m_minji.client.token, "POST", "/v1/mydata/consents/" + m_minjiConsent + "/withdraw");
        QCOMPARE(answer.status, 200);
        REQUIRE_OK(verifyErasureReceipt(answer.body, key));
        const auto o = json(answer.body);
        const std::string payload = o->getValue<std::string>("payload");
        const std::string signature = o->getValue<std::string>("signature");

        const auto refused = [&](const std::string& p, const std::string& s, const std::string& id,
                                 const HubKey& k) {
            ErasureReceipt forged;
            forged.payload = p;
            forged.signature = s;
            forged.keyId = id;
            auto r = verifyErasureReceipt(forged.json(), k);
            return !r.ok() && r.error().code == "receipt_invalid";
        };
        // Fewer rows erased than were: one changed byte of the payload.
        std::string fewer = payload;
        const auto at = fewer.find("\"electricity\":33");
        QVERIFY(at != std::string::npos);
        fewer.replace(at, 16, "\"electricity\":32");
        QVERIFY(refused(fewer, signature, key.keyId, key));
        // Another signature, one bit changed.
        auto raw = QByteArray::fromBase64(QByteArray::fromStdString(signature));
        raw[5] = static_cast<char>(raw[5] ^ 0x01);
        QVERIFY(refused(payload, raw.toBase64().toStdString(), key.keyId, key));
        // Not base64, and the wrong key id.
        QVERIFY(refused(payload, "not base64!", key.keyId, key));
        QVERIFY(refused(payload, signature, "0123456789abcdef", key));
        // The genuine receipt against another key.
        HubKey other;
        other.publicKey = std::string(32, '\x07');
        other.keyId = key.keyId; // even claiming the same id
        QVERIFY(refused(payload, signature, key.keyId, other));
        QVERIFY(!verifyErasureReceipt("{\"payload\":1}", key).ok());

        // A hub that answers another key than the one pinned is not trusted.
        const std::string pin = "mydata_hub_key:" + m_url;
        const std::string genuine = m_minji.store().syncValue(pin);
        QVERIFY(!genuine.empty());
        QVERIFY(m_minji.store().setSyncValue(pin, HubKey{std::string(32, '\x07'), {}}.base64()).ok());
        auto changed = pinHubKey(m_minji.store(), endpoint(m_minji));
        QVERIFY(!changed);
        QCOMPARE(changed.error().code, std::string("hub_key_changed"));
        auto withdrawn = withdrawConsent(m_minji.store(), m_minjiConsent, endpoint(m_minji));
        QVERIFY(!withdrawn);
        QCOMPARE(withdrawn.error().code, std::string("hub_key_changed"));
        QVERIFY(m_minji.store().setSyncValue(pin, genuine).ok());
        REQUIRE_OK(pinHubKey(m_minji.store(), endpoint(m_minji)));
    }

    void endsOnTheHubReachTheProfileThroughThePull()
    {
        if (m_junConsent.empty() || m_hanaConsent.empty())
            QSKIP("needs the consents of the tests before");
        // jun withdraws on another device: this profile learns it from the pull, receipt and all.
        const auto answer =
            hub().authed(m_jun.client.token, "POST", "/v1/mydata/consents/" + m_junConsent + "/withdraw");
        QCOMPARE(answer.status, 200);
        auto sync = m_jun.client.sync(m_url);
        REQUIRE_OK(sync);
        auto kept = loadConsent(m_jun.store(), m_junConsent);
        REQUIRE_OK(kept);
        QVERIFY(kept->state == LocalConsentState::Withdrawn);
        auto receipts = loadReceipts(m_jun.store(), m_junConsent);
        REQUIRE_OK(receipts);
        QCOMPARE(receipts->back().kind, std::string("erasure"));
        QCOMPARE(json(receipts->back().json)->optValue<std::string>("payload", ""),
                 json(answer.body)->optValue<std::string>("payload", "-"));
        auto pinned = pinnedHubKey(m_jun.store(), m_url);
        REQUIRE_OK(pinned);
        REQUIRE_OK(verifyErasureReceipt(receipts->back().json, **pinned));
        auto share = previewShare(m_jun.store(), *m_jun.vault, m_junConsent);
        QVERIFY(!share);
        QCOMPARE(share.error().code, std::string("consent_withdrawn"));
        // Pulled again, nothing is kept twice.
        REQUIRE_OK(m_jun.client.sync(m_url));
        QCOMPARE(loadReceipts(m_jun.store(), m_junConsent)->size(), receipts->size());

        // A consent that expires: the hub erases it on its own, and the pull says so.
        const std::string shortLived = give(m_hana, nowSeconds() + 5);
        QVERIFY(!shortLived.empty());
        auto shared = shareUnderConsent(m_hana.store(), *m_hana.vault, shortLived, endpoint(m_hana));
        REQUIRE_OK(shared);
        QCOMPARE(shared->rowsSent, std::int64_t(33));
        // The sweep erases first and then writes the change the pulls carry: wait for both, or a
        // pull between the two still sees the consent given.
        std::string state;
        for (int i = 0; i < 150 && state != "expired expired"; ++i) {
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
            state = hub().storeQuery("SELECT state || ' ' || published FROM mydata_consents WHERE id = '" +
                                     shortLived + "'");
        }
        QCOMPARE(state, std::string("expired expired"));
        QCOMPARE(rowsOnHub(hub(), shortLived), std::string("0"));
        REQUIRE_OK(m_hana.client.sync(m_url));
        auto expired = loadConsent(m_hana.store(), shortLived);
        REQUIRE_OK(expired);
        QVERIFY(expired->state == LocalConsentState::Expired);
        auto hanaReceipts = loadReceipts(m_hana.store(), shortLived);
        REQUIRE_OK(hanaReceipts);
        QCOMPARE(hanaReceipts->back().kind, std::string("erasure"));
        auto receipt = verifyErasureReceipt(hanaReceipts->back().json, publishedKey());
        REQUIRE_OK(receipt);
        QCOMPARE(receipt->reason, std::string("expired"));
        QCOMPARE(receipt->erased.at("electricity"), std::int64_t(33));
        // hana's other consent is untouched.
        QVERIFY(loadConsent(m_hana.store(), m_hanaConsent)->state == LocalConsentState::Given);
    }

    void cliEndToEnd()
    {
        if (m_feed.isEmpty())
            QSKIP("../shared/data is absent (set BALGUL_SHARED_DATA): real-file test skipped");
        // jun's second computer, through balgul-cli only, under the names a resident looks for
        // (vault, consent, share) and the mydata ones they stand for.
        const Cli cli{m_dir->path().toStdString() + "/jun-cli"};
        const std::string feed = m_feed.toStdString();
        QByteArray out;
        QCOMPARE(cli({"login", "--hub", m_url, "--user", "jun", "--password-stdin"}, "correct horse\n", &out),
                 0);
        const QByteArray pass = "cli vault passphrase\n";
        QCOMPARE(cli({"vault", "init", "--memory-mib", "64", "--passes", "1", "--lanes", "1",
                      "--passphrase-stdin"},
                     pass, &out),
                 0);
        QCOMPARE(cli({"mydata", "import", feed, "--format", "greenbutton", "--passphrase-stdin"}, pass, &out),
                 0);
        QVERIFY2(out.contains("read 768, kept 768, skipped 0"), out.constData());
        // A wrong passphrase opens nothing.
        QCOMPARE(cli({"mydata", "list", "--passphrase-stdin"}, "not it\n", &out), 1);
        QVERIFY2(out.contains("does not open"), out.constData());
        QCOMPARE(cli({"mydata", "list", "--passphrase-stdin"}, pass, &out), 0);
        QVERIFY2(out.contains("electricity\tWh\t33\t768\t2012-04-01T04:00:00Z"), out.constData());

        std::vector<std::string> give{"consent",
                                      "give",
                                      "--purpose",
                                      "Heat-wave electricity peaks by block",
                                      "--purpose-category",
                                      "PublicBenefit",
                                      "--recipient",
                                      "hub",
                                      "--categories",
                                      "electricity,sleep",
                                      "--aggregate",
                                      "daily",
                                      "--grid",
                                      "500m",
                                      "--retention-days",
                                      "90"};
        // What is not a category is named, and nothing is kept.
        QCOMPARE(cli(give, {}, &out), 2);
        QVERIFY2(out.contains("sleep is not one of"), out.constData());
        give[9] = "electricity";
        QCOMPARE(cli(give, {}, &out), 0);
        const auto line =
            QString::fromUtf8(out).split(QLatin1Char('\n')).filter(QStringLiteral(" given")).value(0);
        const std::string id = line.section(QLatin1Char(' '), 1, 1).toStdString();
        QVERIFY2(core::isCanonicalUuid(id), out.constData());
        const std::string shortId = id.substr(0, 8);

        QCOMPARE(cli({"share", "preview", shortId, "--json", "--passphrase-stdin"}, pass, &out), 0);
        const auto previewJson = out.trimmed().toStdString();
        QCOMPARE(json(previewJson)->optValue<int>("count", -1), 33);
        auto previewed = decodeSharedRows(previewJson);
        REQUIRE_OK(previewed);
        QCOMPARE(previewed->size(), std::size_t(33));

        QCOMPARE(cli({"share", "send", shortId, "--passphrase-stdin"}, pass, &out), 0);
        QVERIFY2(out.contains("sent 33 rows in 1 batches: 33 new on the hub"), out.constData());
        QVERIFY(sameRows(hubRows(hub(), id), *previewed));

        QCOMPARE(cli({"consent", "withdraw", shortId}, {}, &out), 0);
        QVERIFY2(out.contains("erased 33 rows (electricity 33)"), out.constData());
        QCOMPARE(rowsOnHub(hub(), id), std::string("0"));
        QCOMPARE(cli({"consent", "receipt", shortId}, {}, &out), 0);
        QVERIFY2(
            out.contains("verifies against the hub's key " + QByteArray::fromStdString(publishedKey().keyId)),
            out.constData());
        QCOMPARE(cli({"mydata", "receipt", shortId, "--kantara"}, {}, &out), 0);
        QCOMPARE(json(out.trimmed().toStdString())->optValue<std::string>("consentReceiptID", ""), id);
        QCOMPARE(cli({"consent", "list"}, {}, &out), 0);
        QVERIFY2(
            out.contains(QByteArray::fromStdString(id) + "\twithdrawn\twithdrawn\telectricity\tdaily\t500m"),
            out.constData());
        QCOMPARE(cli({"mydata", "share", shortId, "--passphrase-stdin"}, pass, &out), 1);
        QVERIFY2(out.contains("was withdrawn"), out.constData());
    }

    void cliBadInputSaysWhere()
    {
        const Cli cli{m_dir->path().toStdString() + "/bad-cli"};
        QByteArray out;
        const QByteArray pass = "bad input passphrase\n";
        QCOMPARE(cli({"mydata", "create", "--memory-mib", "64", "--passes", "1", "--lanes", "1",
                      "--passphrase-stdin"},
                     pass, &out),
                 0);
        // Never a passphrase on the command line.
        QCOMPARE(cli({"mydata", "unlock-test", "--passphrase", "secret"}, {}, &out), 2);
        QCOMPARE(cli({"vault", "unlock-check", "--passphrase", "secret"}, {}, &out), 2);
        // A feed that breaks off: the file and the line.
        const std::string broken = m_dir->path().toStdString() + "/broken.xml";
        QFile file(QString::fromStdString(broken));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<entry>\n<content>\n"
            "<IntervalBlock xmlns=\"http://naesb.org/espi\"><IntervalReading>\n</feed>\n");
        file.close();
        QCOMPARE(
            cli({"mydata", "import", broken, "--format", "greenbutton", "--passphrase-stdin"}, pass, &out),
            1);
        QVERIFY2(out.contains(QByteArray::fromStdString(broken) + ":6:"), out.constData());
        // A file that is not there, and a format that is not one.
        const std::string none = m_dir->path().toStdString() + "/none.xml";
        QCOMPARE(cli({"mydata", "import", none, "--format", "greenbutton", "--passphrase-stdin"}, pass, &out),
                 1);
        QVERIFY2(out.contains("none.xml"), out.constData());
        QCOMPARE(cli({"mydata", "import", broken, "--format", "fitbit", "--passphrase-stdin"}, pass, &out),
                 2);
        QCOMPARE(cli({"mydata", "preview", "0000", "--passphrase-stdin"}, pass, &out), 1);
        QVERIFY2(out.contains("no consent 0000"), out.constData());
    }

    void cleanupTestCase()
    {
        if (m_hub)
            m_hub->stop();
    }
};

QTEST_GUILESS_MAIN(TestMydataSync)
#include "test_mydata_sync.moc"
