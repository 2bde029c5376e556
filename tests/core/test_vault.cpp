// The MyData vault in a real client store: making and unlocking it, wrong passphrases, round trips of
// every category, locking, tampered and moved ciphertexts, new passphrases and costs, calibration,
// the idle lock, and that no personal value reaches the store's files in plain.

#include "core/mydata/record_codec.h"
#include "core/mydata/vault.h"
#include "core/store/store.h"
#include "core/util/ids.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <bit>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

using namespace balgul::core;
using namespace balgul::core::mydata;
using namespace std::chrono_literals;

namespace {

const std::string kPassphrase = "대전 유성구 봄꽃 2026";
/// The cheapest costs a vault accepts, so that a test's derivations stay quick.
const KdfParams kQuick{64 * 1024, 1, 1};

bool sameBits(double a, double b)
{
    return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b);
}

bool sameBlock(const RecordBlock& a, const RecordBlock& b)
{
    if (a.category != b.category || a.unit != b.unit || a.start != b.start || a.end != b.end ||
        a.intervals.size() != b.intervals.size() || a.points.size() != b.points.size())
        return false;
    for (std::size_t i = 0; i < a.intervals.size(); ++i)
        if (a.intervals[i].start != b.intervals[i].start ||
            a.intervals[i].duration != b.intervals[i].duration ||
            !sameBits(a.intervals[i].value, b.intervals[i].value))
            return false;
    for (std::size_t i = 0; i < a.points.size(); ++i)
        if (a.points[i].time != b.points[i].time || !sameBits(a.points[i].lat, b.points[i].lat) ||
            !sameBits(a.points[i].lon, b.points[i].lon))
            return false;
    return true;
}

/// One block of each category, each with values of its own.
std::vector<RecordBlock> oneOfEach()
{
    std::vector<RecordBlock> out;
    std::int64_t day = 1767225600; // 2026-01-01T00:00:00Z
    for (const Category c : allCategories()) {
        RecordBlock b;
        b.category = c;
        b.start = day;
        if (c == Category::Mobility) {
            b.points = {{day + 10, 36.3504119, 127.3845475},
                        {day + 20, 36.3506, 127.3849},
                        {std::nullopt, 36.35071, 127.38512}};
        } else {
            b.unit = c == Category::Gas               ? "m3"
                     : c == Category::HeartRate       ? "count/min"
                     : c == Category::Steps           ? "count"
                     : c == Category::WalkingDistance ? "m"
                                                      : "Wh";
            for (int h = 0; h < 6; ++h)
                b.intervals.push_back({day + h * 3600, 3600, 10.5 * h + static_cast<double>(c) + 0.125});
        }
        b.end = day + 6 * 3600;
        out.push_back(b);
        day += 86400;
    }
    return out;
}

std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

/// The store's file with its write-ahead log and rollback journal, as far as they exist.
std::string storeBytes(const std::string& path)
{
    std::string all;
    for (const char* suffix : {"", "-wal", "-journal"})
        if (std::filesystem::exists(path + suffix))
            all += readFile(path + suffix);
    return all;
}

std::string doubleBytes(double v)
{
    std::string out(sizeof v, '\0');
    std::memcpy(out.data(), &v, sizeof v);
    return out;
}

std::string scalarText(Store& store, const std::string& sql)
{
    auto st = store.database().prepare(sql);
    return st.step() ? std::string(st.isNull(0) ? "" : st.textView(0)) : std::string();
}

/// id -> nonce and ciphertext of every record, as stored.
std::map<std::string, std::string> sealedRows(Store& store)
{
    std::map<std::string, std::string> out;
    auto st = store.database().prepare("SELECT id, nonce, ciphertext FROM mydata_records");
    while (st.step())
        out[st.text(0)] = std::string(st.blobView(1)) + '|' + std::string(st.blobView(2));
    return out;
}

} // namespace

class TestVault : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::string path(const std::string& name) const
    {
        return QDir(m_dir.path()).filePath(QString::fromStdString(name)).toStdString();
    }
    std::unique_ptr<Store> openStore(const std::string& name)
    {
        auto store = Store::open(path(name), {true, "tester"});
        if (!store)
            qFatal("open failed: %s", store.error().toString().c_str());
        return std::move(store).value();
    }
    /// A store with a new vault, unlocked, under kPassphrase.
    std::pair<std::unique_ptr<Store>, std::unique_ptr<Vault>> makeVault(const std::string& name)
    {
        auto store = openStore(name);
        auto vault = std::make_unique<Vault>(*store);
        const Status made = vault->create(kPassphrase, kQuick);
        if (!made)
            qFatal("create failed: %s", made.error().toString().c_str());
        return {std::move(store), std::move(vault)};
    }

private slots:
    void createsUnlocksAndLocks()
    {
        auto store = openStore("create.sqlite");
        Vault vault(*store);
        QCOMPARE(*vault.exists(), false);
        QVERIFY(!vault.isUnlocked());
        QCOMPARE(vault.unlock(kPassphrase).error().code, std::string("no_vault"));
        QCOMPARE(vault.create("", kQuick).error().field, std::string("passphrase"));
        QCOMPARE(vault.create(kPassphrase, {32 * 1024, 1, 1}).error().field, std::string("memoryKiB"));
        QCOMPARE(vault.create(kPassphrase, {64 * 1024, 1, 3}).error().field, std::string("parallelism"));
        QCOMPARE(*vault.exists(), false);

        QVERIFY(vault.create(kPassphrase, kQuick));
        QVERIFY(*vault.exists());
        QVERIFY(vault.isUnlocked());
        QCOMPARE(*vault.params(), kQuick);
        QCOMPARE(*vault.idleTimeout(), Vault::kDefaultIdleTimeoutSeconds);
        QCOMPARE(vault.create(kPassphrase, kQuick).error().code, std::string("vault_exists"));
        qInfo("data key in locked memory: %s", vault.keyInLockedMemory() ? "yes" : "no (RLIMIT_MEMLOCK)");

        vault.lock();
        QVERIFY(!vault.isUnlocked());
        QVERIFY(vault.unlock(kPassphrase));
        QVERIFY(vault.isUnlocked());

        // Another Vault over the same store (the next session) starts locked.
        Vault again(*store);
        QVERIFY(*again.exists());
        QVERIFY(!again.isUnlocked());
        QCOMPARE(again.list().error().code, std::string("vault_locked"));
    }

    void wrongPassphraseLeavesItLocked()
    {
        auto [store, vault] = makeVault("wrong.sqlite");
        auto ids = vault->putAll(oneOfEach(), newUuid());
        QVERIFY(ids);
        vault->lock();
        for (const std::string& wrong :
             {std::string("대전 유성구 봄꽃 2025"), std::string(), kPassphrase + " "}) {
            const Status tried = vault->unlock(wrong);
            QVERIFY(!tried);
            QCOMPARE(tried.error().code, std::string("wrong_passphrase"));
            QCOMPARE(tried.error().field, std::string("passphrase"));
            QVERIFY(!vault->isUnlocked());
            QCOMPARE(vault->get(ids->front()).error().code, std::string("vault_locked"));
        }
        QVERIFY(vault->unlock(kPassphrase));
        QVERIFY(vault->get(ids->front()));
    }

    void everyCategoryRoundTrips()
    {
        auto [store, vault] = makeVault("roundtrip.sqlite");
        const std::vector<RecordBlock> blocks = oneOfEach();
        const std::string importId = newUuid();
        auto ids = vault->putAll(blocks, importId);
        QVERIFY2(ids, ids ? "" : ids.error().toString().c_str());
        QCOMPARE(ids->size(), blocks.size());
        for (std::size_t i = 0; i < blocks.size(); ++i) {
            QVERIFY(isCanonicalUuid((*ids)[i]));
            auto back = vault->get((*ids)[i]);
            QVERIFY2(back, back ? "" : back.error().toString().c_str());
            QVERIFY2(sameBlock(blocks[i], *back), std::string(toString(blocks[i].category)).c_str());
        }

        auto listed = vault->list();
        QVERIFY(listed);
        QCOMPARE(listed->size(), blocks.size());
        for (std::size_t i = 0; i < blocks.size(); ++i) {
            QCOMPARE((*listed)[i].id, (*ids)[i]);
            QCOMPARE(std::string(toString((*listed)[i].category)), std::string(toString(blocks[i].category)));
            QCOMPARE((*listed)[i].importId, importId);
        }
        auto gas = vault->list(Category::Gas);
        QVERIFY(gas);
        QCOMPARE(gas->size(), std::size_t(1));
        QCOMPARE(gas->front().id, (*ids)[1]);
        QCOMPARE(vault->get(newUuid()).error().code, std::string("not_found"));

        // The next session reads the same records.
        vault.reset();
        store.reset();
        store = openStore("roundtrip.sqlite");
        Vault reopened(*store);
        QVERIFY(reopened.unlock(kPassphrase));
        for (std::size_t i = 0; i < blocks.size(); ++i)
            QVERIFY(sameBlock(blocks[i], *reopened.get((*ids)[i])));
        QVERIFY(reopened.verifyAll()->empty());
    }

    void putAllIsAllOrNothing()
    {
        auto [store, vault] = makeVault("batch.sqlite");
        std::vector<RecordBlock> blocks = oneOfEach();
        blocks[3].points.push_back({0, 1, 1}); // steps with a track point: refused
        auto ids = vault->putAll(blocks, newUuid());
        QVERIFY(!ids);
        QCOMPARE(ids.error().code, std::string("invalid_field"));
        QCOMPARE(ids.error().line, 4L);
        QVERIFY(vault->list()->empty());
        QCOMPARE(vault->putAll(oneOfEach(), "bills-2026.xml").error().field, std::string("importId"));
        QVERIFY(vault->list()->empty());
    }

    void lockWipesTheKey()
    {
        auto [store, vault] = makeVault("lock.sqlite");
        auto ids = vault->putAll(oneOfEach(), newUuid());
        QVERIFY(ids);
        const std::string item = *vault->putSealed("import_report", "report", {});
        vault->lock();
        QVERIFY(!vault->isUnlocked());
        QCOMPARE(vault->get(ids->front()).error().code, std::string("vault_locked"));
        QCOMPARE(vault->list().error().code, std::string("vault_locked"));
        QCOMPARE(vault->verifyAll().error().code, std::string("vault_locked"));
        QCOMPARE(vault->getSealed(item).error().code, std::string("vault_locked"));
        QCOMPARE(vault->putAll(oneOfEach(), newUuid()).error().code, std::string("vault_locked"));
        QCOMPARE(vault->remove(ids->front()).error().code, std::string("vault_locked"));
        QCOMPARE(sealedRows(*store).size(), ids->size());
    }

    void secureBufferIsZeroedMovableAndWiped()
    {
        SecureBuffer a(40);
        QCOMPARE(a.size(), std::size_t(40));
        for (std::size_t i = 0; i < a.size(); ++i)
            QCOMPARE(int(a.data()[i]), 0);
        std::memset(a.data(), 0x5a, a.size());
        qInfo("buffer pages locked: %s", a.locked() ? "yes" : "no (RLIMIT_MEMLOCK)");
        SecureBuffer b(std::move(a));
        QVERIFY(a.empty());
        QVERIFY(a.data() == nullptr);
        QCOMPARE(b.view(), std::string(40, '\x5a'));
        b.clear();
        QVERIFY(b.empty());
        QVERIFY(b.view().empty());
    }

    void tamperedRecordIsReportedById()
    {
        auto [store, vault] = makeVault("tamper.sqlite");
        auto ids = vault->putAll(oneOfEach(), newUuid());
        QVERIFY(ids);
        const std::string victim = (*ids)[2];
        std::string cipher;
        {
            auto st = store->database().prepare("SELECT ciphertext FROM mydata_records WHERE id = ?");
            st.bind(1, victim);
            QVERIFY(st.step());
            cipher = std::string(st.blobView(0));
        }
        cipher[cipher.size() / 2] = static_cast<char>(cipher[cipher.size() / 2] ^ 0x04);
        store->database()
            .prepare("UPDATE mydata_records SET ciphertext = ? WHERE id = ?")
            .bindBlob(1, cipher)
            .bind(2, victim)
            .run();

        auto got = vault->get(victim);
        QVERIFY(!got);
        QCOMPARE(got.error().code, std::string("tampered"));
        QCOMPARE(got.error().field, victim);
        QVERIFY(got.error().message.find(victim) != std::string::npos);
        QCOMPARE(*vault->verifyAll(), std::vector<std::string>{victim});
        for (const std::string& id : *ids)
            if (id != victim)
                QVERIFY(vault->get(id));

        // A changed nonce fails the same way.
        const std::string other = (*ids)[4];
        store->database().exec("UPDATE mydata_records SET nonce = zeroblob(12) WHERE id = '" + other + "'");
        QCOMPARE(vault->get(other).error().code, std::string("tampered"));
        QCOMPARE(vault->verifyAll()->size(), std::size_t(2));
    }

    void movedCiphertextsFailAuthentication()
    {
        auto [store, vault] = makeVault("swap.sqlite");
        std::vector<RecordBlock> blocks = oneOfEach();
        blocks[1].category = Category::Electricity; // two records of one category: a swap keeps the word
        blocks[1].unit = "Wh";
        auto ids = vault->putAll(blocks, newUuid());
        QVERIFY(ids);
        const std::string a = (*ids)[0];
        const std::string b = (*ids)[1];
        const std::string c = (*ids)[2];
        const std::string d = (*ids)[3];
        Database& db = store->database();
        const auto sealedOf = [&](const std::string& id) {
            auto st = db.prepare("SELECT nonce, ciphertext FROM mydata_records WHERE id = ?");
            st.bind(1, id);
            return st.step() ? std::make_pair(std::string(st.blobView(0)), std::string(st.blobView(1)))
                             : std::make_pair(std::string(), std::string());
        };
        const auto [nonceA, cipherA] = sealedOf(a);
        const auto [nonceB, cipherB] = sealedOf(b);
        QVERIFY(!cipherA.empty() && !cipherB.empty());
        const auto put = [&](const std::string& id, const std::string& nonce, const std::string& cipher) {
            db.prepare("UPDATE mydata_records SET nonce = ?, ciphertext = ? WHERE id = ?")
                .bindBlob(1, nonce)
                .bindBlob(2, cipher)
                .bind(3, id)
                .run();
        };
        put(a, nonceB, cipherB);
        put(b, nonceA, cipherA);
        for (const std::string& id : {a, b}) {
            auto got = vault->get(id);
            QVERIFY(!got);
            QCOMPARE(got.error().code, std::string("tampered"));
            QCOMPARE(got.error().field, id);
        }

        // Another category word on a row.
        db.exec("UPDATE mydata_records SET category = 'electricity' WHERE id = '" + c + "'");
        QCOMPARE(vault->get(c).error().code, std::string("tampered"));
        QVERIFY(vault->list(Category::Mobility)->empty());

        // A record's ciphertext passed off as a sealed item whose kind is the record's category word.
        const std::string item = *vault->putSealed("steps", "x");
        db.exec("UPDATE mydata_sealed SET nonce = (SELECT nonce FROM mydata_records WHERE id = '" + d +
                "'), ciphertext = (SELECT ciphertext FROM mydata_records WHERE id = '" + d + "'), id = '" +
                d + "' WHERE id = '" + item + "'");
        db.exec("DELETE FROM mydata_records WHERE id = '" + d + "'");
        QCOMPARE(vault->getSealed(d).error().code, std::string("tampered"));

        auto failing = vault->verifyAll();
        QVERIFY(failing);
        QCOMPARE(std::set<std::string>(failing->begin(), failing->end()),
                 (std::set<std::string>{a, b, c, d}));
        QVERIFY(vault->get((*ids)[4]));
        QVERIFY(vault->get((*ids)[5]));
    }

    void changePassphraseRewrapsOnlyTheKey()
    {
        auto [store, vault] = makeVault("passphrase.sqlite");
        const std::vector<RecordBlock> blocks = oneOfEach();
        auto ids = vault->putAll(blocks, newUuid());
        QVERIFY(ids);
        const auto recordsBefore = sealedRows(*store);
        const std::string keyBefore =
            scalarText(*store, "SELECT hex(salt) || hex(key_nonce) || hex(wrapped_key) FROM vault");

        QCOMPARE(vault->changePassphrase("not it", "새 비밀 문구").error().code,
                 std::string("wrong_passphrase"));
        QCOMPARE(scalarText(*store, "SELECT hex(salt) || hex(key_nonce) || hex(wrapped_key) FROM vault"),
                 keyBefore);
        QCOMPARE(vault->changePassphrase(kPassphrase, "").error().field, std::string("newPassphrase"));

        QVERIFY(vault->changePassphrase(kPassphrase, "새 비밀 문구"));
        QVERIFY(vault->isUnlocked());
        QVERIFY(scalarText(*store, "SELECT hex(salt) || hex(key_nonce) || hex(wrapped_key) FROM vault") !=
                keyBefore);
        QVERIFY(sealedRows(*store) == recordsBefore);
        QCOMPARE(*vault->params(), kQuick);

        vault->lock();
        QCOMPARE(vault->unlock(kPassphrase).error().code, std::string("wrong_passphrase"));
        QVERIFY(vault->unlock("새 비밀 문구"));
        for (std::size_t i = 0; i < blocks.size(); ++i)
            QVERIFY(sameBlock(blocks[i], *vault->get((*ids)[i])));

        // Changed while locked: stays locked.
        vault->lock();
        QVERIFY(vault->changePassphrase("새 비밀 문구", kPassphrase));
        QVERIFY(!vault->isUnlocked());
        QVERIFY(vault->unlock(kPassphrase));
        QVERIFY(sealedRows(*store) == recordsBefore);
    }

    void strengthenRaisesTheCosts()
    {
        auto [store, vault] = makeVault("strengthen.sqlite");
        auto ids = vault->putAll(oneOfEach(), newUuid());
        QVERIFY(ids);
        const auto recordsBefore = sealedRows(*store);
        QCOMPARE(vault->strengthen(kPassphrase, kQuick).error().code, std::string("weaker_params"));
        QVERIFY(vault->strengthen(kPassphrase, {128 * 1024, 1, 1})); // more memory
        QCOMPARE(*vault->params(), (KdfParams{128 * 1024, 1, 1}));
        QCOMPARE(vault->strengthen(kPassphrase, {96 * 1024, 2, 1}).error().code,
                 std::string("weaker_params"));
        QCOMPARE(vault->strengthen("not it", {128 * 1024, 2, 1}).error().code,
                 std::string("wrong_passphrase"));
        QCOMPARE(vault->strengthen(kPassphrase, {128 * 1024, 2, 3}).error().field,
                 std::string("parallelism"));
        QCOMPARE(*vault->params(), (KdfParams{128 * 1024, 1, 1}));

        const KdfParams strongest{128 * 1024, 2, 2}; // more passes
        QVERIFY(vault->strengthen(kPassphrase, strongest));
        QCOMPARE(*vault->params(), strongest);
        QCOMPARE(scalarText(*store, "SELECT memory_kib || ' ' || time_cost || ' ' || parallelism FROM vault"),
                 std::string("131072 2 2"));
        QVERIFY(sealedRows(*store) == recordsBefore);

        vault->lock();
        QVERIFY(vault->unlock(kPassphrase));
        QVERIFY(vault->get(ids->front()));
    }

    void calibrationMeetsTheTargetRoughly()
    {
        auto calibrated = Vault::calibrate();
        QVERIFY2(calibrated, calibrated ? "" : calibrated.error().toString().c_str());
        const KdfParams p = calibrated->params;
        QVERIFY(crypto::checkKdfParams(p));
        QVERIFY(p.memoryKiB >= 64 * 1024);
        QVERIFY(p.parallelism >= 1 && p.parallelism <= 2);

        auto store = openStore("calibrated.sqlite");
        Vault vault(*store);
        QVERIFY(vault.create(kPassphrase, p));
        vault.lock();
        QElapsedTimer timer;
        timer.start();
        QVERIFY(vault.unlock(kPassphrase));
        qInfo("calibrated: %u MiB, %u passes, %u lanes; derivation %lld ms while calibrating, unlock %lld ms",
              p.memoryKiB / 1024, p.timeCost, p.parallelism,
              static_cast<long long>(calibrated->measured.count()), static_cast<long long>(timer.elapsed()));
        QCOMPARE(Vault::calibrate(0ms).error().field, std::string("target"));
    }

    void idleTimeLocks()
    {
        auto [store, vault] = makeVault("idle.sqlite");
        auto ids = vault->putAll(oneOfEach(), newUuid());
        QVERIFY(ids);
        QCOMPARE(vault->setIdleTimeout(-1).error().field, std::string("idleTimeout"));
        QVERIFY(vault->setIdleTimeout(1));
        QCOMPARE(*vault->idleTimeout(), std::int64_t(1));

        vault->touch();
        QVERIFY(!vault->lockIfIdle(Vault::Clock::now()));
        QVERIFY(vault->isUnlocked());
        QVERIFY(vault->lockIfIdle(Vault::Clock::now() + 2s));
        QVERIFY(!vault->isUnlocked());
        QCOMPARE(vault->get(ids->front()).error().code, std::string("vault_locked"));
        QVERIFY(!vault->lockIfIdle(Vault::Clock::now() + 2s)); // already locked

        // The timeout is the vault's: the next session finds it.
        Vault next(*store);
        QCOMPARE(*next.idleTimeout(), std::int64_t(1));
        QVERIFY(next.unlock(kPassphrase));
        QVERIFY(next.lockIfIdle(Vault::Clock::now() + 2s));

        // 0: never locks by itself.
        QVERIFY(next.setIdleTimeout(0));
        QVERIFY(next.unlock(kPassphrase));
        QVERIFY(!next.lockIfIdle(Vault::Clock::now() + std::chrono::hours(24 * 30)));
        QVERIFY(next.isUnlocked());
    }

    void sealedItemsAndRemovals()
    {
        auto [store, vault] = makeVault("sealed.sqlite");
        const std::string first = newUuid();
        const std::string second = newUuid();
        auto a = vault->putAll(oneOfEach(), first);
        auto b = vault->putAll(oneOfEach(), second);
        QVERIFY(a && b);
        const std::string report = "읽은 파일: /home/minji/내 문서/가스요금-2026.xml, 12줄 건너뜀";
        auto item = vault->putSealed("import_report", report, first);
        auto other = vault->putSealed("import_report", "second report", second);
        QVERIFY(item && other);
        QCOMPARE(vault->putSealed("Import Report", "x").error().field, std::string("kind"));
        QCOMPARE(vault->putSealed("import_report", "x", "file.xml").error().field, std::string("importId"));

        auto got = vault->getSealed(*item);
        QVERIFY(got);
        QCOMPARE(got->bytes, report);
        QCOMPARE(got->kind, std::string("import_report"));
        QCOMPARE(got->importId, first);
        auto listed = vault->listSealed(std::string("import_report"));
        QVERIFY(listed);
        QCOMPARE(listed->size(), std::size_t(2));
        QVERIFY(listed->front().bytes.empty());
        QVERIFY(vault->listSealed(std::string("other"))->empty());

        // Another kind word on the row fails authentication.
        store->database().exec("UPDATE mydata_sealed SET kind = 'consent_note' WHERE id = '" + *other + "'");
        QCOMPARE(vault->getSealed(*other).error().code, std::string("tampered"));
        QCOMPARE(*vault->verifyAll(), std::vector<std::string>{*other});
        QVERIFY(vault->removeSealed(*other));
        QCOMPARE(vault->removeSealed(*other).error().code, std::string("not_found"));

        auto removed = vault->removeImport(first);
        QVERIFY(removed);
        QCOMPARE(*removed, a->size() + 1);
        QCOMPARE(vault->get(a->front()).error().code, std::string("not_found"));
        QCOMPARE(vault->getSealed(*item).error().code, std::string("not_found"));
        QCOMPARE(vault->list()->size(), b->size());
        QVERIFY(vault->remove(b->front()));
        QCOMPARE(vault->remove(b->front()).error().code, std::string("not_found"));
        QCOMPARE(vault->list()->size(), b->size() - 1);
        QVERIFY(vault->verifyAll()->empty());
    }

    void noPlaintextReachesTheFiles()
    {
        const std::string file = path("plain.sqlite");
        auto store = openStore("plain.sqlite");
        // A control: text the store does keep in plain is found by the same scan.
        Problem control;
        control.title = "control-marker-7f3a";
        control.description = "A problem kept in plain, as every problem is.";
        control.address = "대전 대덕구 대화동";
        control.category = "air";
        control.lat = 36.35;
        control.lon = 127.38;
        QVERIFY(store->createProblem(control));

        auto vault = std::make_unique<Vault>(*store);
        QVERIFY(vault->create(kPassphrase, kQuick));
        RecordBlock gas;
        gas.category = Category::Gas;
        gas.unit = "therm-qzvx";
        gas.start = 1767225600;
        gas.end = gas.start + 7200;
        gas.intervals = {{gas.start, 3600, 98765.4321}, {gas.start + 3600, 3600, 7654321}};
        RecordBlock walk;
        walk.category = Category::Mobility;
        walk.start = gas.start;
        walk.end = gas.start + 60;
        walk.points = {{gas.start, 36.3612345678, 127.3456789012}, {gas.start + 60, 36.3612399, 127.3456701}};
        const std::string importId = newUuid();
        QVERIFY(vault->putAll({gas, walk}, importId));
        QVERIFY(vault->putSealed("import_report", "gasbill-kimminji-2026.xml", importId));

        const std::vector<std::pair<std::string, std::string>> secrets = {
            {"value as double", doubleBytes(98765.4321)},
            {"value as text", "98765.4321"},
            {"whole value as double", doubleBytes(7654321)},
            {"whole value as text", "7654321"},
            {"unit", "therm-qzvx"},
            {"latitude as double", doubleBytes(36.3612345678)},
            {"latitude as text", "36.3612345678"},
            {"longitude as text", "127.3456789012"},
            {"file name", "gasbill-kimminji"},
        };
        const auto scan = [&](const char* when) {
            const std::string bytes = storeBytes(file);
            QVERIFY2(bytes.find("control-marker-7f3a") != std::string::npos, when);
            for (const auto& [what, needle] : secrets)
                QVERIFY2(bytes.find(needle) == std::string::npos, (what + " found " + when).c_str());
        };
        scan("while the store is open");
        if (QTest::currentTestFailed())
            return;
        vault.reset();
        store.reset();
        scan("after the store was closed");
    }
};

QTEST_GUILESS_MAIN(TestVault)
#include "test_vault.moc"
