#pragma once

#include "core/util/result.h"

#include <QGeoCoordinate>
#include <QMainWindow>
#include <QPointer>
#include <QString>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

class QAction;
class QDialog;
class QDockWidget;
class QDragEnterEvent;
class QDragMoveEvent;
class QDropEvent;
class QLabel;
class QProgressBar;
class QPushButton;
class QUndoGroup;
class QUndoStack;
class QTimer;

namespace balgul::core {
class Store;
struct GeoBox;
} // namespace balgul::core

namespace balgul::ui {

class MapView;
class OfflineMapBanner;
class ProblemDetailPanel;
class ProblemEditor;
class ProblemFilterProxy;
class ProblemListModel;
class ProblemListPanel;
class SensorImportDialog;
class SensorPanel;
class TriagePanel;
class PilotDetail;
class PilotEditor;
class PilotsPanel;
class BallotDialog;
class RoundDialog;
class VotingPanel;
class MyDataPanel;
class ZoneEditTool;
class ZoneLayer;
class AttachEvidenceDialog;
class GradeLegend;
class ImportProgressDialog;
class StationLayer;
class StationActions;
class UserGuideWindow;
class Settings;
class SyncController;
class SyncStatusButton;
class TileSource;

/// The desktop window: the map in the centre, the problem list docked on the left and the
/// selected problem's details on the right, one shared selection between the three.
///
/// Every change a user makes to a problem goes through the undo stack. Import and export run
/// on the thread pool with their own Store on the same file. Neither the store nor the
/// settings are owned; both must outlive the window.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// Asks the user a yes/no question (a destructive action); true to go ahead.
    using Confirmation = std::function<bool(const QString& title, const QString& question)>;

    MainWindow(core::Store& store, Settings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    QUndoStack* undoStack() const { return m_undoStack; }
    MapView* mapView() const { return m_map; }
    ProblemListModel* problemModel() const { return m_model; }
    ProblemFilterProxy* filterProxy() const { return m_proxy; }
    ProblemListPanel* listPanel() const { return m_listPanel; }
    ProblemDetailPanel* detailPanel() const { return m_detailPanel; }
    /// The "Sensors" dock's panel: series, chart, window statistics, flagged readings.
    SensorPanel* sensorPanel() const { return m_sensorPanel; }
    /// Sync with the city hub (background rounds, sign-in state, the status bar indicator).
    SyncController* syncController() const { return m_sync; }
    /// The problem editor while one is open (it is opened window-modal with open(), never exec()).
    ProblemEditor* activeEditor() const;
    /// The selected problem's row id, or 0.
    std::int64_t selectedProblem() const { return m_selected; }
    /// True while an import or export is running.
    bool isBusy() const { return m_busy; }
    /// The GeoJSON import's progress dialog while an import runs (opened window-modal with open()
    /// once the import has run a moment), or nullptr.
    ImportProgressDialog* importProgressDialog() const;
    /// Runs on the import's worker thread before the file is read (tests hold an import there).
    void setBeforeImportHook(std::function<void()> hook) { m_beforeImport = std::move(hook); }
    /// The sensor import dialog while one is open (opened window-modal with open(), never exec()).
    SensorImportDialog* sensorImportDialog() const;
    /// How long the map waits after a filter change before it shows only the matching problems.
    static constexpr int kMapFilterDelayMs = 150;

    /// The text of the message bar above the map (errors and notices), empty when hidden.
    QString messageText() const;

    /// Replaces the yes/no dialog (tests answer without a human).
    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }
    /// Opens a URL (the user guide) for the user; replaced in tests. True when it opened.
    /// The user guide to open for a language ("ko", "en"): installed beside the program, or the
    /// repository's docs/ when running from a build; empty when neither is there. main_window_help.cpp
    static QString userGuidePath(const QString& language);
    /// The banner that says the map's tiles cannot be loaded (offlineMapBanner).
    OfflineMapBanner* offlineMapBanner() const { return m_offlineBanner; }
    /// Asks for the name to sign problems with, unless one is known (chosen, or the hub account's)
    /// or the question was answered before. Opened window-modal; returns the dialog or nullptr.
    /// main_window_account.cpp
    QDialog* askForNameIfNeeded();
    /// Uses this base map for this session instead of the one in the settings ("osm",
    /// "mbtiles" or "none", with its URL template or file).
    void setTileOverride(const QString& kind, const QString& urlOrPath);

public slots:
    /// Opens the editor for a new problem at a location.
    void newProblemAt(const QGeoCoordinate& location);
    /// Opens the editor for a new problem at the centre of the map.
    void newProblem();
    void editProblem(std::int64_t rowid);
    /// Asks, then deletes (undoably).
    void deleteProblem(std::int64_t rowid);
    /// Makes a problem the selection of the map, the list and the detail panel (0: none).
    void selectProblem(std::int64_t rowid);
    void showProblemOnMap(std::int64_t rowid);
    void showAllProblems();
    void importGeoJsonFile(const QString& path);
    void exportGeoJsonFile(const QString& path);
    void exportCsvFile(const QString& path);
    /// Opens the sensor import dialog on a file (a GPX track, when given, places its readings).
    void importSensorFile(const QString& path, const QString& gpxPath = {});
    /// Shows a message above the map; errors stay until closed, notices fade after a while.
    void showMessage(const QString& text, bool isError);
    /// A notice with a button (messageAction) that does something about it; it stays until the
    /// button or ✕ is clicked.
    void showMessageWithAction(const QString& text, const QString& actionText,
                               const std::function<void()>& action);
    /// Opens the dialog that settles a problem's conflicts with the hub.
    void resolveConflicts(std::int64_t rowid);
    /// Reads the sensor stations' grades again (after an import or a sync). main_window_stations.cpp
    void reloadStations();
    /// Opens the dialog that attaches [from, to) of a sensor series to a problem (the selected one
    /// chosen); accepting pushes an undoable attach.
    void attachEvidence(std::int64_t seriesId, std::int64_t from, std::int64_t to);

signals:
    /// An import or export finished (successfully or not).
    void jobFinished(bool ok);
    /// A sensor import committed: sensor views and the map read the store again.
    void sensorDataChanged();

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    /// Sensor files (.csv, .json, .txt; a .gpx with them as their track) dropped on the window.
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    // main_window.cpp
    void buildCentralArea();
    void buildDocks();
    void buildStatusBar();
    void connectParts();
    void restoreSession();
    void saveSession();
    void updateProblemCount();
    void updateActions();
    void applyTileSettings();
    void fitIfPending();
    void onFilterChanged();
    /// Gives the map the problems that pass the list's category, status and text filters.
    void updateMapPoints();
    std::unique_ptr<TileSource> makeTileSource(QString* error) const;
    // main_window_actions.cpp
    void createActions();
    void createMenus();
    void createToolBar();
    void showPreferences();
    void showAbout();
    void focusSearch();
    // main_window_edits.cpp
    void openEditor(ProblemEditor* editor);
    void onEditorFinished(ProblemEditor* editor, int result);
    void addFromEditor(ProblemEditor* editor);
    void editFromEditor(ProblemEditor* editor);
    void supportFromEditor(ProblemEditor* editor);
    void reportCommandError(const core::Error& error);
    // main_window_io.cpp
    void chooseImportFile();
    void chooseExportFile(bool csv);
    void setBusy(bool busy, const QString& text = {});
    void finishImport(const QString& path, const QString& error, long imported,
                      const std::vector<std::string>& ids, const std::vector<std::int64_t>& rowids,
                      const std::optional<core::GeoBox>& bounds);
    /// Shows the problems of an import on the map (the box around them), and says (with a button to
    /// clear them) when the list's filters hide some of them.
    void showImported(const std::vector<std::int64_t>& rowids, const std::optional<core::GeoBox>& bounds,
                      const QString& notice);
    void finishExport(const QString& path, const QString& error);
    // main_window_sensor_import.cpp
    void createSensorImportAction();
    void chooseSensorFile();
    // main_window_sensors.cpp
    void createSensorDock();
    /// The triage queue (main_window_triage.cpp): a dock and status-bar counts for coordinators.
    void createTriageDock();
    /// Shows the queue and its counts only to a coordinator or an admin (after a sign-in too).
    void updateTriageVisibility();
    int sensorDockHeight() const;
    // main_window_pilots.cpp
    /// The Pilots board (a dock), the zones on the map (View ▸ Pilot Zones), the pilot editor with
    /// its zone tool, and the pilot detail.
    void createPilotParts();
    void reloadZones();
    void updatePilotRights();
    void newPilot();
    void editPilot(const QString& pilotId);
    void drawZone(bool on);
    void showPilotOnMap(const QString& pilotId);
    /// Before the window's children go: the editor's end of drawing would reach for the map.
    void closePilotWindows();
    // main_window_voting.cpp
    /// The Voting dock (rounds, the selected round, its results), the ballot and round dialogs.
    void createVotingParts();
    void updateVotingRights();
    void raiseVotingDock();
    void openRoundDialog();
    void voteInRound(const QString& roundId);
    void castFromDialog(BallotDialog* dialog);
    void closeRoundNow(const QString& roundId);
    // main_window_mydata.cpp
    /// The My Data dock (the vault, its records, consents and recommendations) and its menu.
    void createMyDataParts();
    void addMyDataMenus();
    // main_window_stations.cpp
    void createStationParts();
    void updateStationsShown();
    void finishAttachEvidence(AttachEvidenceDialog* dialog, int result);

public:
    StationLayer* stationLayer() const { return m_stationLayer; }
    PilotsPanel* pilotsPanel() const { return m_pilotsPanel; }
    ZoneLayer* zoneLayer() const { return m_zoneLayer; }
    ZoneEditTool* zoneTool() const { return m_zoneTool; }
    /// The pilot editor and detail while open.
    PilotEditor* pilotEditor() const;
    PilotDetail* pilotDetail() const;
    /// Opens a pilot's detail (a click on its zone or card does).
    void openPilot(const QString& pilotId);
    /// The Voting dock's panel. main_window_voting.cpp
    VotingPanel* votingPanel() const { return m_votingPanel; }
    /// The ballot and round dialogs while open (window-modal with open(), never exec()).
    BallotDialog* ballotDialog() const;
    RoundDialog* roundDialog() const;
    /// Shows a round in the Voting dock.
    void showRound(const QString& roundId);
    /// The My Data dock's panel. main_window_mydata.cpp
    MyDataPanel* myDataPanel() const { return m_myDataPanel; }
    /// Share Station…, Stations from the Hub…, Update Subscribed Stations (the Sensors menu).
    StationActions* stationActions() const { return m_stationActions; }
    GradeLegend* gradeLegend() const { return m_gradeLegend; }
    /// The attach-evidence dialog while one is open (window-modal with open(), never exec()).
    AttachEvidenceDialog* attachEvidenceDialog() const;

private:
    core::Store& m_store;
    Settings& m_settings;
    QUndoStack* m_undoStack = nullptr;
    ProblemListModel* m_model = nullptr;
    ProblemFilterProxy* m_proxy = nullptr;
    MapView* m_map = nullptr;
    ProblemListPanel* m_listPanel = nullptr;
    ProblemDetailPanel* m_detailPanel = nullptr;
    QDockWidget* m_listDock = nullptr;
    QDockWidget* m_detailDock = nullptr;
    QDockWidget* m_sensorDock = nullptr;
    QDockWidget* m_triageDock = nullptr;
    QDockWidget* m_pilotsDock = nullptr;
    PilotsPanel* m_pilotsPanel = nullptr;
    ZoneLayer* m_zoneLayer = nullptr;
    ZoneEditTool* m_zoneTool = nullptr;
    QUndoGroup* m_undoGroup = nullptr;
    QAction* m_zonesAction = nullptr;
    QAction* m_newPilotAction = nullptr;
    QPointer<PilotEditor> m_pilotEditor;
    QPointer<PilotDetail> m_pilotDetail;
    int m_pilotListener = 0;
    QDockWidget* m_votingDock = nullptr;
    VotingPanel* m_votingPanel = nullptr;
    QAction* m_newRoundAction = nullptr;
    QPointer<BallotDialog> m_ballotDialog;
    QPointer<RoundDialog> m_roundDialog;
    QDockWidget* m_myDataDock = nullptr;
    MyDataPanel* m_myDataPanel = nullptr;
    TriagePanel* m_triagePanel = nullptr;
    QLabel* m_triageLabel = nullptr;
    bool m_triageWasStaff = false; ///< the queue was last shown to a coordinator
    SensorPanel* m_sensorPanel = nullptr;
    QWidget* m_messageBar = nullptr;
    QLabel* m_messageLabel = nullptr;
    QPushButton* m_messageAction = nullptr;
    std::function<void()> m_messageActionHandler;
    QTimer* m_messageTimer = nullptr;
    QTimer* m_mapFilterTimer = nullptr;
    QString m_mapFilterKey; ///< the content filters the map points were last taken with
    QLabel* m_countLabel = nullptr;
    QLabel* m_coordinateLabel = nullptr;
    QLabel* m_zoomLabel = nullptr;
    SyncController* m_sync = nullptr;
    SyncStatusButton* m_syncButton = nullptr;
    QProgressBar* m_progress = nullptr;
    QPointer<ProblemEditor> m_editor;
    QPointer<SensorImportDialog> m_sensorImport;
    QPointer<ImportProgressDialog> m_importProgress;
    std::function<void()> m_beforeImport;
    StationLayer* m_stationLayer = nullptr;
    GradeLegend* m_gradeLegend = nullptr;
    QAction* m_stationsAction = nullptr;
    StationActions* m_stationActions = nullptr;
    QPointer<AttachEvidenceDialog> m_attachEvidence;
    std::int64_t m_selected = 0;
    std::int64_t m_selectedBeforeReset = 0;
    bool m_busy = false;
    bool m_fitPending = false;
    bool m_firstLayout = false;
    QString m_tileKindOverride;
    QString m_tileSourceOverride;
    Confirmation m_confirm;

    QAction* m_addModeAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_importSensorAction = nullptr;
    QAction* m_exportGeoJsonAction = nullptr;
    QAction* m_exportCsvAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_zoomInAction = nullptr;
    QAction* m_zoomOutAction = nullptr;
    QAction* m_showAllAction = nullptr;
    QAction* m_myPositionAction = nullptr;
    QAction* m_preferencesAction = nullptr;
    QAction* m_syncAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_userGuideAction = nullptr;

    // main_window_account.cpp: who the user is, what the hub lets them change
    void updateAuthorName();
    bool mayEdit(std::int64_t rowid, bool reportWhy);
    bool mayDelete(std::int64_t rowid, bool reportWhy);
    // main_window_basemap.cpp: the map without a network, and the user's position
    void createBasemapParts();
    void onTilesUnreachable(const QString& host);
    void usePlainMap();
    void chooseMapPack();
    // main_window_help.cpp
    void openUserGuide();

    OfflineMapBanner* m_offlineBanner = nullptr;
    bool m_offlineNoticeShown = false;
    QPointer<UserGuideWindow> m_userGuide;
};

} // namespace balgul::ui
