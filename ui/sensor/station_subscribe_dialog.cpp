#include "ui/sensor/station_subscribe_dialog.h"

#include "core/sensor/observation.h"
#include "core/sensor/observation_store.h"
#include "core/sensor/station_share.h"
#include "core/store/store.h"
#include "ui/dialog_size.h"
#include "ui/qt_convert.h"
#include "ui/sensor/import_reason_text.h"
#include "ui/sensor/station_actions.h"

#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace balgul::ui {

namespace {

constexpr int kStationIdRole = Qt::UserRole + 1;

struct ListOutcome
{
    bool ok = false;
    core::Error error;
    std::vector<core::sync::StationInfo> stations;
};

ListOutcome runList(const core::sync::HubEndpoint& endpoint)
{
    ListOutcome outcome;
    auto stations = core::sensor::listSharedStations(endpoint);
    if (!stations) {
        outcome.error = stations.error();
        return outcome;
    }
    outcome.ok = true;
    outcome.stations = std::move(*stations);
    return outcome;
}

struct SubscribeOutcome
{
    bool ok = false;
    bool subscribed = false; ///< the device exists even when fetching its readings failed
    core::Error error;
    core::sensor::PullReport report;
};

SubscribeOutcome runSubscribe(const std::string& storePath, const std::string& stationId,
                              const core::sync::HubEndpoint& endpoint)
{
    SubscribeOutcome outcome;
    core::StoreOptions options;
    options.create = false;
    auto store = core::Store::open(storePath, options);
    if (!store) {
        outcome.error = store.error();
        return outcome;
    }
    auto device = core::sensor::subscribeStation(**store, stationId, endpoint);
    if (!device) {
        outcome.error = device.error();
        return outcome;
    }
    outcome.subscribed = true;
    auto report = core::sensor::pullSubscriptions(**store, endpoint);
    if (!report) {
        outcome.error = report.error();
        return outcome;
    }
    outcome.ok = true;
    outcome.report = std::move(*report);
    return outcome;
}

QString quantitiesText(const std::vector<std::string>& words)
{
    QStringList names;
    for (const auto& word : words) {
        const auto quantity = core::sensor::quantityFromString(word);
        names << (quantity ? quantityText(*quantity) : toQ(word));
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

StationSubscribeDialog::StationSubscribeDialog(core::Store& store, core::sync::HubEndpoint endpoint,
                                               QWidget* parent)
    : QDialog(parent), m_store(store), m_endpoint(std::move(endpoint))
{
    setWindowTitle(tr("Stations from the Hub"));
    setObjectName(QStringLiteral("stationSubscribeDialog"));
    setWindowModality(Qt::WindowModal);

    auto* intro = new QLabel(tr("Stations other residents share on the city hub. Follow one to see it on "
                                "your map with its readings; update them later from the Sensors menu."),
                             this);
    intro->setWordWrap(true);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("stationFilter"));
    m_filter->setPlaceholderText(tr("Filter by name, sensor or what it measures"));
    m_filter->setClearButtonEnabled(true);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels(
        {tr("Name"), tr("Sensor"), tr("Measures"), tr("Location"), tr("Shared as"), tr("Status")});
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("stationTable"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("stationStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_subscribeButton = buttons->addButton(tr("&Subscribe"), QDialogButtonBox::ActionRole);
    m_unsubscribeButton = buttons->addButton(tr("&Unsubscribe"), QDialogButtonBox::ActionRole);
    m_refreshButton = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_subscribeButton, &QPushButton::clicked, this, &StationSubscribeDialog::subscribeSelected);
    connect(m_unsubscribeButton, &QPushButton::clicked, this, &StationSubscribeDialog::unsubscribeSelected);
    connect(m_refreshButton, &QPushButton::clicked, this, &StationSubscribeDialog::refresh);
    connect(m_filter, &QLineEdit::textChanged, this, &StationSubscribeDialog::setFilterText);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &StationSubscribeDialog::updateButtons);
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (subscribedDevice(selectedStation()) == 0)
            subscribeSelected();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resizeWithinScreen(this, QSize(760, 420));
    loadLocalState();
    updateButtons();
}

int StationSubscribeDialog::stationCount() const
{
    return m_model->rowCount();
}

int StationSubscribeDialog::visibleCount() const
{
    return m_proxy->rowCount();
}

QStringList StationSubscribeDialog::stationIds() const
{
    QStringList ids;
    for (const auto& s : m_stations)
        ids << toQ(s.id);
    return ids;
}

bool StationSubscribeDialog::selectStation(const QString& stationId)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, NameColumn);
        if (index.data(kStationIdRole).toString() == stationId) {
            m_view->selectRow(row);
            return true;
        }
    }
    return false;
}

QString StationSubscribeDialog::selectedStation() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows(NameColumn);
    return rows.isEmpty() ? QString() : rows.front().data(kStationIdRole).toString();
}

std::int64_t StationSubscribeDialog::subscribedDevice(const QString& stationId) const
{
    const auto it = m_local.constFind(stationId);
    return it != m_local.constEnd() && it->subscribed ? it->deviceId : 0;
}

void StationSubscribeDialog::setFilterText(const QString& text)
{
    if (m_filter->text() != text)
        m_filter->setText(text); // comes back here through textChanged
    m_proxy->setFilterFixedString(text);
    updateButtons();
}

QString StationSubscribeDialog::statusText() const
{
    return m_status->text();
}

void StationSubscribeDialog::loadLocalState()
{
    m_local.clear();
    auto devices = core::sensor::ObservationStore(m_store.database()).devices();
    if (!devices) {
        showStatus(false, stationErrorText(devices.error()));
        return;
    }
    for (const core::sensor::Device& d : *devices)
        if (!d.remoteId.empty())
            m_local.insert(toQ(d.remoteId), LocalState{d.id, d.subscribed});
}

void StationSubscribeDialog::fillModel()
{
    const QString selected = selectedStation();
    m_model->removeRows(0, m_model->rowCount());
    const QLocale locale;
    for (const auto& s : m_stations) {
        const QString id = toQ(s.id);
        QList<QStandardItem*> row;
        auto* name = new QStandardItem(s.name.empty() ? id : toQ(s.name));
        name->setData(id, kStationIdRole);
        name->setToolTip(tr("Station %1").arg(id));
        row << name << new QStandardItem(toQ(s.sensorType)) << new QStandardItem(quantitiesText(s.quantities))
            << new QStandardItem(
                   tr("%1, %2").arg(locale.toString(s.lat, 'f', 4), locale.toString(s.lon, 'f', 4)))
            << new QStandardItem(s.mode == "raw" ? tr("raw readings") : tr("hourly means"));
        QString state;
        if (const auto it = m_local.constFind(id); it != m_local.constEnd())
            state = it->subscribed ? tr("Subscribed") : tr("Yours");
        row << new QStandardItem(state);
        m_model->appendRow(row);
    }
    m_view->resizeColumnsToContents();
    if (!selected.isEmpty())
        selectStation(selected);
    updateButtons();
}

void StationSubscribeDialog::updateButtons()
{
    const QString id = selectedStation();
    const auto it = m_local.constFind(id);
    const bool known = it != m_local.constEnd();
    const bool signedIn = !m_endpoint.token.empty();
    m_subscribeButton->setEnabled(!m_busy && signedIn && !id.isEmpty() && !known);
    m_unsubscribeButton->setEnabled(!m_busy && !id.isEmpty() && known && it->subscribed);
    m_refreshButton->setEnabled(!m_busy);
}

void StationSubscribeDialog::setBusy(bool busy, const QString& text)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    if (busy)
        showStatus(true, text);
    updateButtons();
}

void StationSubscribeDialog::showStatus(bool ok, const QString& text)
{
    m_status->setStyleSheet(ok ? QString() : QStringLiteral("color: #b3261e;"));
    m_status->setText(text);
}

void StationSubscribeDialog::refresh()
{
    if (m_busy)
        return;
    setBusy(true, tr("Asking the hub for its stations…"));
    auto* watcher = new QFutureWatcher<ListOutcome>(this);
    connect(watcher, &QFutureWatcher<ListOutcome>::finished, this, [this, watcher] {
        ListOutcome outcome = watcher->result();
        watcher->deleteLater();
        setBusy(false, {});
        if (!outcome.ok) {
            showStatus(false,
                       tr("The hub's stations could not be listed: %1").arg(stationErrorText(outcome.error)));
            emit workFinished(false, statusText());
            return;
        }
        m_stations = std::move(outcome.stations);
        loadLocalState();
        fillModel();
        showStatus(true, m_stations.empty() ? tr("Nobody shares a station on this hub yet.")
                                            : tr("%n station(s) shared on the hub.", nullptr,
                                                 static_cast<int>(m_stations.size())));
        emit workFinished(true, statusText());
    });
    watcher->setFuture(QtConcurrent::run(&runList, m_endpoint));
}

void StationSubscribeDialog::subscribeSelected()
{
    const QString id = selectedStation();
    if (m_busy || id.isEmpty() || m_local.contains(id))
        return;
    if (m_endpoint.token.empty()) {
        showStatus(false, tr("Sign in to a city hub first (Settings ▸ Preferences)."));
        emit workFinished(false, statusText());
        return;
    }
    setBusy(true, tr("Subscribing and fetching the station's readings…"));
    auto* watcher = new QFutureWatcher<SubscribeOutcome>(this);
    connect(watcher, &QFutureWatcher<SubscribeOutcome>::finished, this, [this, watcher] {
        const SubscribeOutcome outcome = watcher->result();
        watcher->deleteLater();
        setBusy(false, {});
        loadLocalState();
        fillModel();
        if (outcome.subscribed)
            emit stationsChanged();
        if (!outcome.ok) {
            showStatus(false, outcome.subscribed
                                  ? tr("Subscribed, but its readings could not be fetched yet: %1")
                                        .arg(stationErrorText(outcome.error))
                                  : tr("Not subscribed: %1").arg(stationErrorText(outcome.error)));
            emit workFinished(false, statusText());
            return;
        }
        showStatus(true, tr("Subscribed. Fetched %n reading(s) of the stations you follow.", nullptr,
                            static_cast<int>(outcome.report.observations)));
        emit workFinished(true, statusText());
    });
    watcher->setFuture(QtConcurrent::run(&runSubscribe, m_store.path(), toStd(id), m_endpoint));
}

void StationSubscribeDialog::unsubscribeSelected()
{
    const QString id = selectedStation();
    const std::int64_t deviceId = subscribedDevice(id);
    if (m_busy || deviceId == 0)
        return;
    const auto status = core::sensor::unsubscribeStation(m_store, deviceId);
    loadLocalState();
    fillModel();
    if (!status) {
        showStatus(false, tr("Still subscribed: %1").arg(stationErrorText(status.error())));
        emit workFinished(false, statusText());
        return;
    }
    showStatus(true, tr("Unsubscribed. The station's readings are removed from this computer."));
    emit stationsChanged();
    emit workFinished(true, statusText());
}

} // namespace balgul::ui
