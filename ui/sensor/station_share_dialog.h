#pragma once

#include "core/geo/grid_cell.h"
#include "core/sensor/station_share.h"
#include "core/sync/hub_client.h"

#include <QDialog>
#include <QString>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace balgul::core {
class Store;
}

namespace balgul::ui {

class MapView;
class PrecisionOverlay;
class TileSource;

/// "Share Station…": publishes one of the user's fixed sensor devices on the city hub.
///
/// Lists the devices of this profile that have a location and are not mobile (a station of
/// someone else from the hub is not the user's to share). The user chooses hourly means (the
/// default: one mean per hour with the number of readings behind it leaves the computer) or every
/// usable reading, and how precisely the station's place is published (exact, 100 m, 500 m — the
/// default — or 1 km: the centre of a fixed grid cell, docs/privacy.md), seeing on a small map the
/// cell the public will see next to the true place and in words what others can and cannot learn;
/// then what will be sent — per series the quantity, the number of hourly means or readings and the
/// time span — before pressing Share. Sharing runs off the GUI thread
/// with a Store of its own on the same file and ends with the hub's report in the dialog. A shared
/// device can be withdrawn ("Stop Sharing"): the hub erases every observation it holds of it.
class StationShareDialog : public QDialog
{
    Q_OBJECT

public:
    /// Asks the user a yes/no question; true to go ahead.
    using Confirmation = std::function<bool(const QString& title, const QString& question)>;

    /// `endpoint` without a token: the dialog says to sign in and shares nothing.
    StationShareDialog(core::Store& store, core::sync::HubEndpoint endpoint, QWidget* parent = nullptr);
    ~StationShareDialog() override;

    /// The devices offered, in the order listed.
    std::vector<std::int64_t> deviceIds() const;
    /// The chosen device's id (0 when none can be shared).
    std::int64_t currentDevice() const;
    /// Chooses a listed device; false when it is not listed.
    bool selectDevice(std::int64_t deviceId);
    core::sensor::ShareMode mode() const;
    void setMode(core::sensor::ShareMode mode);
    /// The precision chosen (the device's last one when shared, else 500 m).
    core::geo::Precision precision() const;
    /// Chooses Exact, M100, M500 or Km1; false for another.
    bool setPrecision(core::geo::Precision precision);
    /// What others can and cannot learn at the chosen precision, as shown (plain text).
    QString precisionText() const;
    /// The place that would be published for the chosen device (the cell's centre).
    std::optional<core::geo::GridCell> publishedCell() const;
    /// The small map's base layer (none: the grid and places on a blank map).
    void setTileSource(std::unique_ptr<TileSource> source);
    /// True when the chosen device is shared on the hub now.
    bool isShared() const;
    bool isBusy() const { return m_busy; }
    /// A device is chosen, the profile is signed in and nothing runs.
    bool canShare() const;
    /// What will leave the computer, as shown (plain text).
    QString previewText() const;
    /// The outcome of the last share or stop, as shown (plain text); "" before any.
    QString resultText() const;
    /// The hub's report of the last successful share.
    const std::optional<core::sensor::ShareReport>& lastReport() const { return m_lastReport; }
    /// Replaces the yes/no question before stopping (tests answer without a human).
    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }

public slots:
    /// Shares the chosen device in the chosen mode (again: sends what changed since).
    void share();
    /// Asks, then withdraws the chosen device from the hub.
    void stopSharing();

signals:
    /// A share or a stop ended; `text` is what the dialog shows.
    void workFinished(bool ok, const QString& text);
    /// The store's stations changed (a device became shared or stopped being shared).
    void stationsChanged();

private:
    struct DeviceRow
    {
        std::int64_t id = 0;
        QString label;
        QString sensorType;
        double lat = 0;
        double lon = 0;
        QString shareMode; ///< "hourly", "raw" or "" when not shared
        QString stationId;
        QString sharePrecision; ///< the precision chosen last ("" before any)
    };

    void loadDevices();
    void deviceChanged();
    void updatePreview();
    void updatePlace();
    void updateButtons();
    void setBusy(bool busy, const QString& text);
    void showResult(bool ok, const QString& text);
    const DeviceRow* currentRow() const;

    core::Store& m_store;
    core::sync::HubEndpoint m_endpoint;
    std::vector<DeviceRow> m_devices;
    std::optional<core::sensor::ShareReport> m_lastReport;
    Confirmation m_confirm;
    bool m_busy = false;
    QComboBox* m_deviceBox = nullptr;
    QLabel* m_deviceInfo = nullptr;
    QRadioButton* m_hourly = nullptr;
    QRadioButton* m_raw = nullptr;
    QComboBox* m_precisionBox = nullptr;
    MapView* m_placeMap = nullptr;
    std::unique_ptr<PrecisionOverlay> m_placeOverlay;
    QLabel* m_placeText = nullptr;
    QLabel* m_preview = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_result = nullptr;
    QPushButton* m_shareButton = nullptr;
    QPushButton* m_stopButton = nullptr;
};

} // namespace balgul::ui
