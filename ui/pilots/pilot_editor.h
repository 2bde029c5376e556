#pragma once

#include "core/pilots/pilot.h"
#include "core/util/result.h"

#include <QDialog>

#include <string>
#include <vector>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace balgul::core {
class Store;
}

namespace balgul::ui {

/// Makes or edits a pilot: title, description and hypothesis; the problems it is made from; its
/// dates (at most six months, said as the latest end while typing); its cost in won; its goals; its
/// zone, drawn on the map (the window stays open beside the map while "Draw on map" is on) or
/// imported from GeoJSON. Save checks everything as core and the hub will, and says what to fix.
/// Widgets for tests: pilotTitle, pilotProblems, pilotStart, pilotEnd, pilotCost, pilotGoals,
/// pilotAddGoal, pilotZoneSummary, pilotDrawZone, pilotImportZone, pilotError, pilotSave.
class PilotEditor : public QDialog
{
    Q_OBJECT

public:
    explicit PilotEditor(core::Store& store, QWidget* parent = nullptr);

    /// A new pilot made from these problems, starting a week from today for three months, with a
    /// PM2.5 goal to start from.
    void startNew(const std::vector<std::string>& problemIds);
    void startEdit(const core::pilots::Pilot& pilot);
    QString pilotId() const { return QString::fromStdString(m_pilotId); }
    bool isNew() const { return m_pilotId.empty(); }

    void addProblem(const std::string& problemId);
    void setZone(const std::vector<core::pilots::Ring>& zone);
    const std::vector<core::pilots::Ring>& zone() const { return m_zone; }
    /// What the map's zone tool says about the zone being drawn.
    void setZoneValidity(bool ok, const QString& message);
    /// Imports a zone from a GeoJSON file (the file dialog's choice), replacing the one drawn.
    bool importZone(const QString& path);
    core::pilots::PilotFields fields() const;
    /// Checks and writes the pilot; false (and the reason shown) when something must be fixed.
    bool save();
    QString errorText() const;
    /// A core error on a pilot as a sentence for the user.
    static QString pilotErrorText(const core::Error& error);

signals:
    void drawZoneToggled(bool on);
    void addSelectedProblemRequested();
    void saved(const QString& pilotId);

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void retranslate();
    void addGoalRow(const core::pilots::Goal& goal);
    void updateDates();
    void updateZoneSummary();
    void showError(const QString& text);

    core::Store& m_store;
    std::string m_pilotId;
    std::vector<core::pilots::Ring> m_zone;
    bool m_zoneOk = true;
    QString m_zoneMessage;
    QLineEdit* m_title = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QPlainTextEdit* m_hypothesis = nullptr;
    QListWidget* m_problems = nullptr;
    QPushButton* m_addProblem = nullptr;
    QPushButton* m_removeProblem = nullptr;
    QDateEdit* m_start = nullptr;
    QDateEdit* m_end = nullptr;
    QLabel* m_latestEnd = nullptr;
    QDoubleSpinBox* m_cost = nullptr;
    QTableWidget* m_goals = nullptr;
    QPushButton* m_addGoal = nullptr;
    QPushButton* m_removeGoal = nullptr;
    QLabel* m_zoneSummary = nullptr;
    QPushButton* m_drawZone = nullptr;
    QPushButton* m_importZone = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_cancel = nullptr;
    std::vector<QLabel*> m_labels;
};

} // namespace balgul::ui
