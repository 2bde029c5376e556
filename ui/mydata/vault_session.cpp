// The vault on its worker thread: the jobs, their outcomes on the GUI thread, the idle lock, and
// what the Records list and the household details are read from.

#include "ui/mydata/vault_session.h"

#include "core/mydata/secure_memory.h"
#include "core/mydata/vault_crypto.h"
#include "core/store/store.h"
#include "ui/qt_convert.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <map>
#include <set>

namespace balgul::ui {

namespace mydata = core::mydata;

namespace {

constexpr int kIdleCheckMs = 1000;
constexpr const char* kImportReportKind = "import_report";
constexpr const char* kHouseholdKind = "household";

QJsonObject objectOf(std::string_view bytes)
{
    return QJsonDocument::fromJson(QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size()))).object();
}

} // namespace

// Secret --------------------------------------------------------------------------------------------

Secret::Secret(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    m_bytes.assign(utf8.constData(), static_cast<std::size_t>(utf8.size()));
    mydata::wipe(utf8.data(), static_cast<std::size_t>(utf8.size()));
}

Secret::~Secret()
{
    mydata::wipe(m_bytes.data(), m_bytes.size());
}

// The worker ------------------------------------------------------------------------------------------

struct VaultSession::Worker
{
    std::string path;
    std::unique_ptr<core::Store> store;
    std::unique_ptr<mydata::Vault> vault; // destroyed first: wipes the key

    core::Status open()
    {
        if (store)
            return core::Status::success();
        core::StoreOptions options;
        options.create = false;
        auto opened = core::Store::open(path, options);
        if (!opened)
            return opened.error();
        store = std::move(*opened);
        vault = std::make_unique<mydata::Vault>(*store);
        return core::Status::success();
    }

    void snapshot(VaultOutcome& o)
    {
        auto exists = vault->exists();
        if (!exists) {
            if (o.ok)
                o.fail(exists.error());
            return;
        }
        if (!*exists) {
            o.state = VaultState::NoVault;
            return;
        }
        o.state = vault->isUnlocked() ? VaultState::Unlocked : VaultState::Locked;
        if (auto idle = vault->idleTimeout())
            o.idleTimeout = *idle;
        if (auto params = vault->params())
            o.params = *params;
        o.keyInLockedMemory = vault->keyInLockedMemory();
    }
};

namespace {

VaultContents readContents(mydata::Vault& vault)
{
    VaultContents contents;
    auto records = vault.list();
    if (!records)
        return contents;
    std::map<mydata::Category, CategoryFigures> byCategory;
    struct ImportTally
    {
        int records = 0;
        std::set<mydata::Category> categories;
    };
    std::map<std::string, ImportTally> byImport;
    for (const mydata::VaultRecordInfo& info : *records) {
        auto block = vault.get(info.id);
        if (!block) {
            ++contents.unreadable;
            continue;
        }
        CategoryFigures& f = byCategory[block->category];
        f.category = block->category;
        const QString unit = toQ(block->unit);
        if (!f.units.contains(unit))
            f.units << unit;
        ++f.blocks;
        f.readings += static_cast<std::int64_t>(
            block->category == mydata::Category::Mobility ? block->points.size() : block->intervals.size());
        const bool timed = !(block->start == 0 && block->end == 0);
        if (timed) {
            f.start = f.start == 0 ? block->start : std::min(f.start, block->start);
            f.end = std::max(f.end, block->end);
        }
        ImportTally& tally = byImport[info.importId];
        ++tally.records;
        tally.categories.insert(block->category);
    }
    for (const mydata::Category c : mydata::allCategories())
        if (const auto it = byCategory.find(c); it != byCategory.end())
            contents.categories.push_back(it->second);

    std::map<std::string, ImportFigures> imports;
    for (const auto& [importId, tally] : byImport) {
        ImportFigures f;
        f.importId = toQ(importId);
        f.records = tally.records;
        for (const mydata::Category c : tally.categories)
            f.categories << c;
        imports[importId] = f;
    }
    if (auto items = vault.listSealed(std::string(kImportReportKind))) {
        for (const mydata::SealedItem& item : *items) {
            const auto found = imports.find(item.importId);
            if (found == imports.end())
                continue;
            auto sealed = vault.getSealed(item.id);
            if (!sealed)
                continue;
            const QJsonObject wrapper = objectOf(sealed->bytes);
            mydata::wipe(sealed->bytes.data(), sealed->bytes.size());
            // The app keeps {"imported_at", "report"}; balgul-cli keeps the report alone.
            const QJsonObject report = wrapper.contains(QStringLiteral("report"))
                                           ? wrapper.value(QStringLiteral("report")).toObject()
                                           : wrapper;
            ImportFigures& f = found->second;
            f.importedAt = wrapper.value(QStringLiteral("imported_at")).toInteger();
            f.fileName = QFileInfo(report.value(QStringLiteral("file")).toString()).fileName();
            f.format = report.value(QStringLiteral("format")).toString();
            f.kept = report.value(QStringLiteral("kept")).toInteger();
            f.skipped = report.value(QStringLiteral("skipped")).toInteger();
        }
    }
    for (auto& [id, f] : imports)
        contents.imports.push_back(std::move(f));
    std::stable_sort(
        contents.imports.begin(), contents.imports.end(),
        [](const ImportFigures& a, const ImportFigures& b) { return a.importedAt > b.importedAt; });
    contents.household = VaultSession::readHousehold(vault);
    return contents;
}

} // namespace

core::Result<std::vector<mydata::RecordBlock>>
VaultSession::readBlocks(mydata::Vault& vault, const std::vector<mydata::Category>& categories)
{
    std::vector<mydata::RecordBlock> blocks;
    std::vector<std::optional<mydata::Category>> wanted;
    if (categories.empty())
        wanted.push_back(std::nullopt);
    for (const mydata::Category c : categories)
        wanted.push_back(c);
    for (const auto& category : wanted) {
        auto records = vault.list(category);
        if (!records)
            return records.error();
        for (const mydata::VaultRecordInfo& info : *records) {
            auto block = vault.get(info.id);
            if (!block)
                return block.error();
            blocks.push_back(std::move(*block));
        }
    }
    return blocks;
}

Household VaultSession::readHousehold(mydata::Vault& vault)
{
    Household household;
    auto items = vault.listSealed(std::string(kHouseholdKind));
    if (!items || items->empty())
        return household;
    auto sealed = vault.getSealed(items->back().id);
    if (!sealed)
        return household;
    const QJsonObject object = objectOf(sealed->bytes);
    mydata::wipe(sealed->bytes.data(), sealed->bytes.size());
    household.size = std::clamp(object.value(QStringLiteral("size")).toInt(), 0, 99);
    const QJsonObject home = object.value(QStringLiteral("home")).toObject();
    if (home.contains(QStringLiteral("lat")) && home.contains(QStringLiteral("lon")))
        household.home = mydata::Place{home.value(QStringLiteral("lat")).toDouble(),
                                       home.value(QStringLiteral("lon")).toDouble()};
    return household;
}

// The session -------------------------------------------------------------------------------------------

VaultSession::VaultSession(std::string storePath, QObject* parent)
    : QObject(parent), m_storePath(std::move(storePath)), m_worker(std::make_shared<Worker>())
{
    m_worker->path = m_storePath;
    // One thread that never expires: the vault and its store are used on it alone.
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
    auto* idle = new QTimer(this);
    idle->setInterval(kIdleCheckMs);
    connect(idle, &QTimer::timeout, this, &VaultSession::checkIdle);
    idle->start();
}

VaultSession::~VaultSession()
{
    m_pool.waitForDone();
    auto worker = m_worker;
    QtConcurrent::run(&m_pool, [worker] {
        worker->vault.reset();
        worker->store.reset();
    }).waitForFinished();
}

void VaultSession::post(Job job, Done done, bool readContentsAfter, bool quiet)
{
    if (quiet)
        m_checking = true;
    else if (m_pending++ == 0)
        emit busyChanged(true);
    auto* watcher = new QFutureWatcher<VaultOutcome>(this);
    connect(watcher, &QFutureWatcher<VaultOutcome>::finished, this,
            [this, watcher, done, readContentsAfter, quiet] {
                const VaultOutcome outcome = watcher->result();
                watcher->deleteLater();
                apply(outcome, readContentsAfter);
                if (quiet)
                    m_checking = false;
                else if (--m_pending == 0)
                    emit busyChanged(false);
                if (done)
                    done(outcome);
            });
    auto worker = m_worker;
    watcher->setFuture(QtConcurrent::run(&m_pool, [worker, job = std::move(job), readContentsAfter] {
        VaultOutcome outcome;
        if (core::Status opened = worker->open(); !opened) {
            outcome.fail(opened.error());
            return outcome;
        }
        job(*worker->store, *worker->vault, outcome);
        worker->snapshot(outcome);
        if (readContentsAfter && outcome.state == VaultState::Unlocked)
            outcome.contents = readContents(*worker->vault);
        return outcome;
    }));
}

void VaultSession::apply(const VaultOutcome& outcome, bool readContents)
{
    if (outcome.state == VaultState::Unknown && !outcome.ok)
        return; // the store could not be read: nothing learned
    m_idleTimeout = outcome.idleTimeout;
    m_params = outcome.params;
    m_keyInLockedMemory = outcome.keyInLockedMemory;
    const bool changed = outcome.state != m_state;
    m_state = outcome.state;
    if (m_state != VaultState::Unlocked) {
        if (m_contents) {
            m_contents.reset();
            emit contentsChanged();
        }
    } else if (readContents && outcome.contents) {
        m_contents = outcome.contents;
        emit contentsChanged();
    }
    if (changed)
        emit stateChanged(m_state);
}

void VaultSession::run(Job job, Done done, bool readContentsAfter)
{
    post(std::move(job), std::move(done), readContentsAfter);
}

void VaultSession::refresh(Done done)
{
    post([](core::Store&, mydata::Vault&, VaultOutcome&) {}, std::move(done), true);
}

void VaultSession::create(std::shared_ptr<Secret> passphrase, Done done)
{
    const auto fixed = m_fixedParams;
    post(
        [passphrase, fixed](core::Store&, mydata::Vault& vault, VaultOutcome& o) {
            mydata::KdfParams params;
            if (fixed) {
                params = *fixed;
            } else {
                auto calibration = mydata::Vault::calibrate();
                if (!calibration)
                    return o.fail(calibration.error());
                params = calibration->params;
                o.derivation = calibration->measured;
            }
            if (core::Status made = vault.create(passphrase->view(), params); !made)
                o.fail(made.error());
        },
        std::move(done), true);
}

void VaultSession::unlock(std::shared_ptr<Secret> passphrase, Done done)
{
    post(
        [passphrase](core::Store&, mydata::Vault& vault, VaultOutcome& o) {
            if (core::Status opened = vault.unlock(passphrase->view()); !opened)
                o.fail(opened.error());
        },
        std::move(done), true);
}

void VaultSession::lock(Done done)
{
    post([](core::Store&, mydata::Vault& vault, VaultOutcome&) { vault.lock(); }, std::move(done), false);
}

void VaultSession::changePassphrase(std::shared_ptr<Secret> oldPassphrase,
                                    std::shared_ptr<Secret> newPassphrase, Done done)
{
    post(
        [oldPassphrase, newPassphrase](core::Store&, mydata::Vault& vault, VaultOutcome& o) {
            if (core::Status changed = vault.changePassphrase(oldPassphrase->view(), newPassphrase->view());
                !changed)
                o.fail(changed.error());
        },
        std::move(done), false);
}

void VaultSession::measureUnlockTime(Done done)
{
    post(
        [](core::Store&, mydata::Vault& vault, VaultOutcome& o) {
            auto params = vault.params();
            if (!params)
                return o.fail(params.error());
            auto measured = mydata::crypto::timeKdf(*params);
            if (!measured)
                return o.fail(measured.error());
            o.derivation = *measured;
        },
        std::move(done), false);
}

void VaultSession::strengthen(std::shared_ptr<Secret> passphrase, std::chrono::milliseconds target, Done done)
{
    const bool fixed = m_fixedParams.has_value();
    post(
        [passphrase, target, fixed](core::Store&, mydata::Vault& vault, VaultOutcome& o) {
            auto current = vault.params();
            if (!current)
                return o.fail(current.error());
            o.previousParams = *current;
            mydata::KdfParams stronger = *current;
            if (!fixed) {
                auto calibration = mydata::Vault::calibrate(target);
                if (!calibration)
                    return o.fail(calibration.error());
                stronger.memoryKiB = std::max(current->memoryKiB, calibration->params.memoryKiB);
                stronger.timeCost = std::max(current->timeCost, calibration->params.timeCost);
                stronger.parallelism = calibration->params.parallelism;
            }
            // Never the same costs again: one more pass, or (at the most passes) twice the memory.
            if (stronger.memoryKiB == current->memoryKiB && stronger.timeCost == current->timeCost) {
                if (stronger.timeCost < mydata::crypto::kMaxTimeCost)
                    ++stronger.timeCost;
                else
                    stronger.memoryKiB = std::min(stronger.memoryKiB * 2, mydata::crypto::kMaxMemoryKiB);
            }
            if (core::Status made = vault.strengthen(passphrase->view(), stronger); !made)
                return o.fail(made.error());
            if (auto measured = mydata::crypto::timeKdf(stronger))
                o.derivation = *measured;
        },
        std::move(done), false);
}

void VaultSession::setIdleTimeout(std::int64_t seconds, Done done)
{
    post(
        [seconds](core::Store&, mydata::Vault& vault, VaultOutcome& o) {
            if (core::Status set = vault.setIdleTimeout(seconds); !set)
                o.fail(set.error());
        },
        std::move(done), false);
}

void VaultSession::setHousehold(const Household& household, Done done)
{
    post(
        [household](core::Store&, mydata::Vault& vault, VaultOutcome& o) {
            QJsonObject object{{QStringLiteral("size"), household.size}};
            if (household.home)
                object.insert(QStringLiteral("home"),
                              QJsonObject{{QStringLiteral("lat"), household.home->lat},
                                          {QStringLiteral("lon"), household.home->lon}});
            QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Compact);
            auto older = vault.listSealed(std::string(kHouseholdKind));
            auto kept = vault.putSealed(kHouseholdKind, std::string_view(json.constData(), json.size()));
            mydata::wipe(json.data(), static_cast<std::size_t>(json.size()));
            if (!kept)
                return o.fail(kept.error());
            if (older)
                for (const mydata::SealedItem& item : *older)
                    (void)vault.removeSealed(item.id);
        },
        std::move(done), true);
}

void VaultSession::removeImport(const QString& importId, Done done)
{
    const std::string id = toStd(importId);
    post(
        [id](core::Store&, mydata::Vault& vault, VaultOutcome& o) {
            if (auto removed = vault.removeImport(id); !removed)
                o.fail(removed.error());
        },
        std::move(done), true);
}

void VaultSession::checkIdle()
{
    // A job running uses the vault; a check would only wait behind it.
    if (m_state != VaultState::Unlocked || m_pending > 0 || m_checking)
        return;
    const Clock::time_point now = m_clock ? m_clock() : Clock::now();
    const bool used = std::exchange(m_activity, false);
    post(
        [now, used](core::Store&, mydata::Vault& vault, VaultOutcome&) {
            if (used)
                vault.touch();
            vault.lockIfIdle(now);
        },
        {}, false, true);
}

} // namespace balgul::ui
