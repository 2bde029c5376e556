#include "ui/sensor/station_share_dialog.h"

#include "core/sensor/air_quality.h"
#include "core/sensor/observation_store.h"
#include "core/sensor/series_catalog.h"
#include "core/store/store.h"
#include "ui/date_text.h"
#include "ui/map/map_view.h"
#include "ui/map/tile_source.h"
#include "ui/qt_convert.h"
#include "ui/sensor/import_reason_text.h"
#include "ui/sensor/precision_overlay.h"
#include "ui/sensor/station_actions.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGeoRectangle>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <tuple>

namespace balgul::ui {

namespace {

struct ShareOutcome
{
    bool ok = false;
    core::Error error;
    core::sensor::ShareReport report;
};

/// Runs on the pool with a Store of its own: `share` true shares, false withdraws.
ShareOutcome runShare(const std::string& storePath, std::int64_t deviceId, core::sensor::ShareMode mode,
                      core::geo::Precision precision, const core::sync::HubEndpoint& endpoint, bool share)
{
    ShareOutcome outcome;
    core::StoreOptions options;
    options.create = false;
    auto store = core::Store::open(storePath, options);
    if (!store) {
        outcome.error = store.error();
        return outcome;
    }
    if (share) {
        core::sensor::ShareOptions shareOptions;
        shareOptions.precision = precision;
        auto report = core::sensor::shareStation(**store, deviceId, mode, endpoint, shareOptions);
        if (!report) {
            outcome.error = report.error();
            return outcome;
        }
        outcome.report = std::move(*report);
    } else if (auto status = core::sensor::unshareStation(**store, deviceId, endpoint); !status) {
        outcome.error = status.error();
        return outcome;
    }
    outcome.ok = true;
    return outcome;
}

QString timeText(std::int64_t seconds)
{
    return dayTimeText(QDateTime::fromSecsSinceEpoch(seconds).toLocalTime());
}

/// What one series would send, from its stored readings.
struct SeriesFigures
{
    core::sensor::Quantity quantity = core::sensor::Quantity::Pm2_5;
    qint64 usable = 0;
    qint64 flagged = 0;
    qint64 hours = 0;
    std::int64_t first = 0;
    std::int64_t last = 0;
};

std::vector<SeriesFigures> figuresOf(core::Store& store, std::int64_t deviceId)
{
    std::vector<SeriesFigures> out;
    auto catalog = core::sensor::seriesCatalog(store.database());
    if (!catalog)
        return out;
    core::sensor::ObservationStore observations(store.database());
    for (const auto& summary : *catalog) {
        if (summary.deviceId != deviceId)
            continue;
        SeriesFigures f;
        f.quantity = summary.quantity;
        auto readings = observations.readings(summary.seriesId, summary.firstTime, summary.lastTime + 1);
        if (readings) {
            for (const auto& r : *readings) {
                if (!r.usable()) {
                    ++f.flagged;
                    continue;
                }
                if (f.usable++ == 0)
                    f.first = r.time;
                f.last = r.time;
            }
            f.hours = static_cast<qint64>(core::sensor::hourlyMeans(*readings).size());
        }
        out.push_back(f);
    }
    return out;
}

} // namespace

StationShareDialog::StationShareDialog(core::Store& store, core::sync::HubEndpoint endpoint, QWidget* parent)
    : QDialog(parent), m_store(store), m_endpoint(std::move(endpoint))
{
    setWindowTitle(tr("Share Station"));
    setObjectName(QStringLiteral("stationShareDialog"));
    setWindowModality(Qt::WindowModal);

    auto* intro = new QLabel(tr("Publish one of your sensor stations on the city hub. Everyone can see "
                                "a shared station on the map with the readings you choose to send."),
                             this);
    intro->setWordWrap(true);

    m_deviceBox = new QComboBox(this);
    m_deviceBox->setObjectName(QStringLiteral("deviceBox"));
    m_deviceInfo = new QLabel(this);
    m_deviceInfo->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Station:"), m_deviceBox);
    form->addRow(QString(), m_deviceInfo);

    auto* modeBox = new QGroupBox(tr("What leaves this computer"), this);
    m_hourly = new QRadioButton(tr("Hourly &means (recommended)"), modeBox);
    m_hourly->setChecked(true);
    auto* hourlyText = new QLabel(tr("One mean per hour is sent, with the number of readings behind it. "
                                     "Your exact reading times stay here."),
                                  modeBox);
    m_raw = new QRadioButton(tr("&Raw readings"), modeBox);
    auto* rawText = new QLabel(tr("Every usable reading is sent with its exact time."), modeBox);
    auto* note = new QLabel(tr("Flagged readings (device error codes, impossible values, conflicting "
                               "duplicates) never leave this computer."),
                            modeBox);
    auto* modeLayout = new QVBoxLayout(modeBox);
    for (QLabel* label : {hourlyText, rawText, note}) {
        label->setWordWrap(true);
        label->setContentsMargins(24, 0, 0, 4);
    }
    note->setContentsMargins(0, 4, 0, 0);
    modeLayout->addWidget(m_hourly);
    modeLayout->addWidget(hourlyText);
    modeLayout->addWidget(m_raw);
    modeLayout->addWidget(rawText);
    modeLayout->addWidget(note);

    auto* placeBox = new QGroupBox(tr("Where others see it"), this);
    m_precisionBox = new QComboBox(placeBox);
    m_precisionBox->setObjectName(QStringLiteral("precisionBox"));
    m_precisionBox->addItem(tr("Within 500 m (recommended)"), QStringLiteral("500m"));
    m_precisionBox->addItem(tr("Within 1 km"), QStringLiteral("1km"));
    m_precisionBox->addItem(tr("Within 100 m"), QStringLiteral("100m"));
    m_precisionBox->addItem(tr("Exact place"), QStringLiteral("exact"));
    auto* precisionLabel = new QLabel(tr("&Precision:"), placeBox);
    precisionLabel->setBuddy(m_precisionBox);
    m_placeMap = new MapView(placeBox);
    m_placeMap->setObjectName(QStringLiteral("placeMap"));
    m_placeMap->setMinimumSize(220, 170);
    m_placeMap->setAccessibleName(tr("Map of the station's place and the published cell"));
    m_placeOverlay = std::make_unique<PrecisionOverlay>();
    m_placeMap->addOverlay(m_placeOverlay.get());
    m_placeText = new QLabel(placeBox);
    m_placeText->setObjectName(QStringLiteral("precisionText"));
    m_placeText->setTextFormat(Qt::PlainText);
    m_placeText->setWordWrap(true);
    auto* legend = new QLabel(tr("Red ring: your station's place, which stays on this computer. Blue pin "
                                 "and shaded square: what the hub publishes."),
                              placeBox);
    legend->setWordWrap(true);
    auto* precisionRow = new QHBoxLayout;
    precisionRow->addWidget(precisionLabel);
    precisionRow->addWidget(m_precisionBox, 1);
    auto* placeLayout = new QVBoxLayout(placeBox);
    placeLayout->addLayout(precisionRow);
    placeLayout->addWidget(m_placeMap, 1);
    placeLayout->addWidget(legend);
    placeLayout->addWidget(m_placeText);

    auto* previewBox = new QGroupBox(tr("What will be sent"), this);
    m_preview = new QLabel(previewBox);
    m_preview->setObjectName(QStringLiteral("sharePreview"));
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(m_preview);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("shareResult"));
    m_result->setTextFormat(Qt::PlainText);
    m_result->setWordWrap(true);
    m_result->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_shareButton = buttons->addButton(tr("&Share"), QDialogButtonBox::ActionRole);
    m_shareButton->setDefault(true);
    m_stopButton = buttons->addButton(tr("S&top Sharing"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_shareButton, &QPushButton::clicked, this, &StationShareDialog::share);
    connect(m_stopButton, &QPushButton::clicked, this, &StationShareDialog::stopSharing);

    // Side by side: what leaves and where it is seen; everything scrolls on a small screen.
    auto* body = new QWidget;
    auto* columns = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addWidget(modeBox);
    left->addWidget(previewBox, 1);
    columns->addLayout(left, 1);
    columns->addWidget(placeBox, 1);
    auto* bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(intro);
    bodyLayout->addLayout(form);
    bodyLayout->addLayout(columns, 1);
    bodyLayout->addWidget(m_progress);
    bodyLayout->addWidget(m_result);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);

    connect(m_deviceBox, &QComboBox::currentIndexChanged, this, &StationShareDialog::deviceChanged);
    connect(m_hourly, &QRadioButton::toggled, this, &StationShareDialog::updatePreview);
    connect(m_precisionBox, &QComboBox::currentIndexChanged, this, &StationShareDialog::updatePreview);
    loadDevices();
    // As large as the content wants, but never beyond the screen (the body scrolls).
    QSize wanted(860, std::max(520, body->sizeHint().height() + 60));
    if (const QScreen* screen = parent ? parent->screen() : QGuiApplication::primaryScreen())
        wanted = wanted.boundedTo(screen->availableGeometry().size() * 0.95);
    resize(wanted);
}

StationShareDialog::~StationShareDialog()
{
    m_placeMap->removeOverlay(m_placeOverlay.get());
}

void StationShareDialog::setTileSource(std::unique_ptr<TileSource> source)
{
    m_placeMap->setTileSource(std::move(source));
}

core::geo::Precision StationShareDialog::precision() const
{
    return core::geo::precisionFromString(m_precisionBox->currentData().toString().toStdString())
        .value_or(core::geo::Precision::M500);
}

bool StationShareDialog::setPrecision(core::geo::Precision precision)
{
    const int index = m_precisionBox->findData(toQ(std::string(core::geo::toString(precision))));
    if (index < 0)
        return false;
    m_precisionBox->setCurrentIndex(index);
    return true;
}

QString StationShareDialog::precisionText() const
{
    return m_placeText->text();
}

std::optional<core::geo::GridCell> StationShareDialog::publishedCell() const
{
    const DeviceRow* row = currentRow();
    if (!row)
        return std::nullopt;
    return core::geo::cellOf(row->lat, row->lon, precision());
}

void StationShareDialog::updatePlace()
{
    const DeviceRow* row = currentRow();
    m_placeMap->setEnabled(row != nullptr);
    if (!row) {
        m_placeText->setText(tr("Choose a station to see where others would see it."));
        return;
    }
    const core::geo::Precision chosen = precision();
    m_placeOverlay->setPlace(row->lat, row->lon, chosen);
    const core::geo::GridCell& cell = m_placeOverlay->cell();
    const double margin = std::max(cell.halfLat, 0.0009) * 1.6;
    m_placeMap->fitTo(QGeoRectangle(
        QGeoCoordinate(std::max(row->lat, cell.lat) + margin, std::min(row->lon, cell.lon) - margin * 1.3),
        QGeoCoordinate(std::min(row->lat, cell.lat) - margin, std::max(row->lon, cell.lon) + margin * 1.3)));
    m_placeMap->update();
    if (chosen == core::geo::Precision::Exact) {
        m_placeText->setText(tr("Others see the station at its exact place (%1, %2). If it hangs at your "
                                "home, anyone can find your home from the map.")
                                 .arg(row->lat, 0, 'f', 5)
                                 .arg(row->lon, 0, 'f', 5));
    } else {
        const int metres = static_cast<int>(core::geo::cellMetres(chosen));
        m_placeText->setText(
            tr("Others see only the centre of a square about %1 m across (%2, %3), the same every time you "
               "share. They can learn that the station is somewhere in that square, and its readings; they "
               "cannot learn where in the square it is, nor which building.")
                .arg(metres)
                .arg(cell.lat, 0, 'f', 5)
                .arg(cell.lon, 0, 'f', 5));
    }
    if (!row->sharePrecision.isEmpty() && row->sharePrecision != m_precisionBox->currentData().toString()) {
        const bool coarser = core::geo::atLeastAsCoarse(
            chosen, core::geo::precisionFromString(row->sharePrecision.toStdString())
                        .value_or(core::geo::Precision::Exact));
        m_placeText->setText(m_placeText->text() + u'\n' +
                             (coarser ? tr("Sharing again moves the station to this cell, and the hub erases "
                                           "the finer place it had.")
                                      : tr("Sharing again publishes the station more precisely than now.")));
    }
}

void StationShareDialog::loadDevices()
{
    const std::int64_t keep = currentDevice();
    m_devices.clear();
    auto devices = core::sensor::ObservationStore(m_store.database()).devices();
    if (!devices) {
        showResult(false, stationErrorText(devices.error()));
    } else {
        // Named devices first, by name; then the others by source and id.
        std::stable_sort(devices->begin(), devices->end(), [](const auto& a, const auto& b) {
            return std::make_tuple(a.name.empty(), a.name, a.source, a.externalId) <
                   std::make_tuple(b.name.empty(), b.name, b.source, b.externalId);
        });
        for (const core::sensor::Device& d : *devices) {
            if (d.subscribed || d.mobile || !d.lat || !d.lon)
                continue; // only the user's own fixed stations can be shared
            DeviceRow row;
            row.id = d.id;
            row.label = toQ(d.label());
            row.sensorType = toQ(d.sensorType);
            row.lat = *d.lat;
            row.lon = *d.lon;
            row.stationId = toQ(d.remoteId);
            row.shareMode = d.remoteId.empty() ? QString() : toQ(d.shareMode);
            row.sharePrecision = toQ(d.sharePrecision);
            m_devices.push_back(row);
        }
    }
    const QSignalBlocker blocker(m_deviceBox);
    m_deviceBox->clear();
    int index = 0;
    for (const DeviceRow& row : m_devices) {
        const QString text = row.shareMode.isEmpty() ? row.label : tr("%1 (shared)").arg(row.label);
        m_deviceBox->addItem(text, QVariant::fromValue<qint64>(row.id));
        if (row.id == keep)
            index = m_deviceBox->count() - 1;
    }
    m_deviceBox->setCurrentIndex(m_devices.empty() ? -1 : index);
    deviceChanged();
}

void StationShareDialog::deviceChanged()
{
    // The precision the station was shared with last, else the default.
    const DeviceRow* row = currentRow();
    const QString last = row && !row->sharePrecision.isEmpty() ? row->sharePrecision : QStringLiteral("500m");
    {
        const QSignalBlocker blocker(m_precisionBox);
        m_precisionBox->setCurrentIndex(std::max(0, m_precisionBox->findData(last)));
    }
    updatePreview();
}

const StationShareDialog::DeviceRow* StationShareDialog::currentRow() const
{
    const int index = m_deviceBox->currentIndex();
    return index >= 0 && index < static_cast<int>(m_devices.size())
               ? &m_devices[static_cast<std::size_t>(index)]
               : nullptr;
}

std::vector<std::int64_t> StationShareDialog::deviceIds() const
{
    std::vector<std::int64_t> ids;
    for (const DeviceRow& row : m_devices)
        ids.push_back(row.id);
    return ids;
}

std::int64_t StationShareDialog::currentDevice() const
{
    const DeviceRow* row = currentRow();
    return row ? row->id : 0;
}

bool StationShareDialog::selectDevice(std::int64_t deviceId)
{
    const int index = m_deviceBox->findData(QVariant::fromValue<qint64>(deviceId));
    if (index < 0)
        return false;
    m_deviceBox->setCurrentIndex(index);
    return true;
}

core::sensor::ShareMode StationShareDialog::mode() const
{
    return m_raw->isChecked() ? core::sensor::ShareMode::Raw : core::sensor::ShareMode::Hourly;
}

void StationShareDialog::setMode(core::sensor::ShareMode mode)
{
    (mode == core::sensor::ShareMode::Raw ? m_raw : m_hourly)->setChecked(true);
}

bool StationShareDialog::isShared() const
{
    const DeviceRow* row = currentRow();
    return row && !row->stationId.isEmpty();
}

bool StationShareDialog::canShare() const
{
    return currentRow() && !m_endpoint.token.empty() && !m_busy;
}

QString StationShareDialog::previewText() const
{
    return m_preview->text();
}

QString StationShareDialog::resultText() const
{
    return m_result->isHidden() ? QString() : m_result->text();
}

void StationShareDialog::updatePreview()
{
    const DeviceRow* row = currentRow();
    if (!row) {
        m_deviceInfo->setText(tr("None of your sensor devices has a fixed location. Import the file of a "
                                 "station (a Sensor.Community or PurpleAir export) first; mobile devices "
                                 "and stations from the hub cannot be shared."));
        m_preview->setText(tr("Nothing to send."));
        updateButtons();
        return;
    }
    QString info = tr("%1 at %2, %3")
                       .arg(row->sensorType.isEmpty() ? tr("Sensor") : row->sensorType)
                       .arg(row->lat, 0, 'f', 5)
                       .arg(row->lon, 0, 'f', 5);
    if (!row->shareMode.isEmpty())
        info += u'\n' + (row->shareMode == QLatin1String("raw") ? tr("Shared now with raw readings.")
                                                                : tr("Shared now with hourly means."));
    m_deviceInfo->setText(info);

    const bool hourly = mode() == core::sensor::ShareMode::Hourly;
    QStringList lines;
    qint64 total = 0;
    qint64 flagged = 0;
    const auto figures = figuresOf(m_store, row->id);
    for (const SeriesFigures& f : figures) {
        const qint64 count = hourly ? f.hours : f.usable;
        total += count;
        flagged += f.flagged;
        if (f.usable == 0) {
            lines << tr("%1: no usable readings").arg(quantityText(f.quantity));
            continue;
        }
        if (hourly)
            lines << tr("%1: %n hourly mean(s) of %2 readings, %3 – %4", nullptr, static_cast<int>(count))
                         .arg(quantityText(f.quantity), QLocale().toString(f.usable), timeText(f.first),
                              timeText(f.last));
        else
            lines << tr("%1: %n reading(s), %2 – %3", nullptr, static_cast<int>(count))
                         .arg(quantityText(f.quantity), timeText(f.first), timeText(f.last));
    }
    if (figures.empty())
        lines << tr("The device has no readings yet.");
    else
        lines << QString()
              << (hourly ? tr("In all: %n hourly mean(s) of %1 series", nullptr, static_cast<int>(total))
                         : tr("In all: %n reading(s) of %1 series", nullptr, static_cast<int>(total)))
                     .arg(figures.size());
    if (flagged > 0)
        lines << tr("%n flagged reading(s) stay on this computer.", nullptr, static_cast<int>(flagged));
    if (!row->shareMode.isEmpty())
        lines << tr("Sharing again sends only the days that changed since the hub last confirmed them.");
    const core::geo::GridCell cell = core::geo::cellOf(row->lat, row->lon, precision());
    lines << tr("The station's name, sensor type and published place (%1, %2) are public on the hub.")
                 .arg(cell.lat, 0, 'f', 5)
                 .arg(cell.lon, 0, 'f', 5);
    m_preview->setText(lines.join(u'\n'));
    updatePlace();
    updateButtons();
}

void StationShareDialog::updateButtons()
{
    const bool signedIn = !m_endpoint.token.empty();
    m_shareButton->setEnabled(canShare());
    m_shareButton->setText(isShared() ? tr("&Share Again") : tr("&Share"));
    m_stopButton->setEnabled(signedIn && isShared() && !m_busy);
    m_stopButton->setVisible(isShared());
    m_deviceBox->setEnabled(!m_busy);
    m_hourly->setEnabled(!m_busy);
    m_raw->setEnabled(!m_busy);
    m_precisionBox->setEnabled(!m_busy && currentRow() != nullptr);
    if (!signedIn && m_result->isHidden())
        showResult(false, tr("Sign in to a city hub first (Settings ▸ Preferences)."));
}

void StationShareDialog::setBusy(bool busy, const QString& text)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    if (busy) {
        m_result->setStyleSheet(QString());
        m_result->setText(text);
        m_result->show();
    }
    updateButtons();
}

void StationShareDialog::showResult(bool ok, const QString& text)
{
    m_result->setStyleSheet(ok ? QString()
                               : QStringLiteral("color: palette(bright-text); background: #b3261e; "
                                                "padding: 4px; border-radius: 3px;"));
    m_result->setText(text);
    m_result->show();
}

void StationShareDialog::share()
{
    if (m_endpoint.token.empty()) {
        showResult(false, tr("Sign in to a city hub first (Settings ▸ Preferences)."));
        emit workFinished(false, resultText());
        return;
    }
    if (!canShare())
        return;
    const std::int64_t deviceId = currentDevice();
    const core::sensor::ShareMode shareMode = mode();
    const core::geo::Precision sharePrecision = precision();
    setBusy(true, tr("Sending to the hub…"));
    auto* watcher = new QFutureWatcher<ShareOutcome>(this);
    connect(watcher, &QFutureWatcher<ShareOutcome>::finished, this, [this, watcher, shareMode] {
        const ShareOutcome outcome = watcher->result();
        watcher->deleteLater();
        setBusy(false, {});
        if (!outcome.ok) {
            showResult(false, tr("The station was not shared: %1").arg(stationErrorText(outcome.error)));
            loadDevices(); // the station id may be stored by now
            emit workFinished(false, resultText());
            return;
        }
        const auto& r = outcome.report;
        m_lastReport = r;
        QString text =
            r.created ? tr("The station is shared on the hub.") : tr("The station is updated on the hub.");
        text += u' ' + (shareMode == core::sensor::ShareMode::Hourly
                            ? tr("Sent %n hourly mean(s)", nullptr, static_cast<int>(r.observationsSent))
                            : tr("Sent %n reading(s)", nullptr, static_cast<int>(r.observationsSent)));
        text += u' ' + tr("in %n request(s): %1 new, %2 changed, %3 already on the hub.", nullptr, r.batches)
                           .arg(r.added)
                           .arg(r.changed)
                           .arg(r.unchanged);
        text += u' ' + (r.precision == core::geo::Precision::Exact
                            ? tr("Others see its exact place.")
                            : tr("Others see the centre of its %1 m cell.")
                                  .arg(static_cast<int>(core::geo::cellMetres(r.precision))));
        showResult(true, text);
        loadDevices();
        emit stationsChanged();
        emit workFinished(true, resultText());
    });
    watcher->setFuture(
        QtConcurrent::run(&runShare, m_store.path(), deviceId, shareMode, sharePrecision, m_endpoint, true));
}

void StationShareDialog::stopSharing()
{
    if (!isShared() || m_busy || m_endpoint.token.empty())
        return;
    const QString title = tr("Stop Sharing");
    const QString question = tr("Stop sharing “%1”? The hub erases every reading it holds of this station, "
                                "and people who follow it get no new readings. Your own readings stay here.")
                                 .arg(currentRow()->label);
    const bool yes = m_confirm
                         ? m_confirm(title, question)
                         : QMessageBox::question(this, title, question, QMessageBox::Yes | QMessageBox::No,
                                                 QMessageBox::No) == QMessageBox::Yes;
    if (!yes)
        return;
    setBusy(true, tr("Asking the hub to erase the station…"));
    auto* watcher = new QFutureWatcher<ShareOutcome>(this);
    connect(watcher, &QFutureWatcher<ShareOutcome>::finished, this, [this, watcher] {
        const ShareOutcome outcome = watcher->result();
        watcher->deleteLater();
        setBusy(false, {});
        if (!outcome.ok)
            showResult(false, tr("The station is still shared: %1").arg(stationErrorText(outcome.error)));
        else
            showResult(true, tr("The station is no longer shared. The hub erased its readings."));
        loadDevices();
        if (outcome.ok)
            emit stationsChanged();
        emit workFinished(outcome.ok, resultText());
    });
    watcher->setFuture(QtConcurrent::run(&runShare, m_store.path(), currentDevice(), mode(), precision(),
                                         m_endpoint, false));
}

} // namespace balgul::ui
