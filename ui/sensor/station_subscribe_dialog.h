#pragma once

#include "core/sync/hub_client.h"
#include "core/sync/station_protocol.h"

#include <QDialog>
#include <QHash>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace balgul::core {
class Store;
}

namespace balgul::ui {

/// "Stations from the Hub…": the stations residents share on the city hub, with a filter box.
///
/// Each row shows the station's name, sensor type, what it measures, its location, how it is
/// shared and whether it is followed here already. Subscribe makes a local device for the
/// station and fetches its readings (subscribeStation, then pullSubscriptions); Unsubscribe
/// removes that local device and its readings. Hub calls run off the GUI thread with a Store of
/// their own on the same file; the dialog shows a busy state meanwhile and the outcome after.
class StationSubscribeDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        SensorColumn,
        QuantitiesColumn,
        LocationColumn,
        ModeColumn,
        StateColumn,
        ColumnCount
    };

    StationSubscribeDialog(core::Store& store, core::sync::HubEndpoint endpoint, QWidget* parent = nullptr);

    /// Stations the hub listed (all of them, filter or not).
    int stationCount() const;
    /// Rows the filter lets through.
    int visibleCount() const;
    /// The listed stations' ids, in the hub's order.
    QStringList stationIds() const;
    /// Selects a station among the visible rows; false when it is not visible.
    bool selectStation(const QString& stationId);
    /// The selected station's id, "" when none.
    QString selectedStation() const;
    /// The local device that follows a station (0 when none).
    std::int64_t subscribedDevice(const QString& stationId) const;
    void setFilterText(const QString& text);
    bool isBusy() const { return m_busy; }
    /// The line under the table: the outcome of the last call (plain text).
    QString statusText() const;
    QTableView* view() const { return m_view; }

public slots:
    /// Lists the hub's stations again.
    void refresh();
    /// Follows the selected station and fetches its readings.
    void subscribeSelected();
    /// Stops following the selected station and removes its readings from this computer.
    void unsubscribeSelected();

signals:
    /// A listing, subscription or unsubscription ended; `text` is what the dialog shows.
    void workFinished(bool ok, const QString& text);
    /// The store's stations changed (one followed or dropped, readings fetched).
    void stationsChanged();

private:
    struct LocalState
    {
        std::int64_t deviceId = 0;
        bool subscribed = false; ///< false: one of this profile's own devices, shared from here
    };

    void loadLocalState();
    void fillModel();
    void updateButtons();
    void setBusy(bool busy, const QString& text);
    void showStatus(bool ok, const QString& text);

    core::Store& m_store;
    core::sync::HubEndpoint m_endpoint;
    std::vector<core::sync::StationInfo> m_stations;
    QHash<QString, LocalState> m_local;
    bool m_busy = false;
    QLineEdit* m_filter = nullptr;
    QStandardItemModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_subscribeButton = nullptr;
    QPushButton* m_unsubscribeButton = nullptr;
    QPushButton* m_refreshButton = nullptr;
};

} // namespace balgul::ui
