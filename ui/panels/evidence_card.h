#pragma once

#include "core/sensor/evidence.h"
#include "ui/undo/store_command.h"

#include <QFrame>
#include <QList>
#include <QPointer>
#include <QString>

#include <string>
#include <vector>

class QLabel;
class QPushButton;
class QUndoStack;
class QVBoxLayout;

namespace balgul::core {
class Store;
}

namespace balgul::ui {

/// A small chart of an evidence window: one bar per hourly mean (or bucket of hours), coloured by
/// the Korean grade for PM2.5 and PM10, with a dashed line where 나쁨 begins.
class EvidenceSparkline : public QWidget
{
    Q_OBJECT

public:
    explicit EvidenceSparkline(QWidget* parent = nullptr);
    void setEvidence(const core::sensor::Evidence& evidence);
    QSize sizeHint() const override;
    int pointCount() const { return static_cast<int>(m_points.size()); }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::vector<core::sensor::HourPoint> m_points;
    std::int64_t m_from = 0;
    std::int64_t m_to = 0;
    core::sensor::Quantity m_quantity = core::sensor::Quantity::Pm2_5;
};

/// One piece of sensor evidence on a problem: which series and window (local time), the mean,
/// the highest hourly mean, hours at 나쁨 or worse, coverage ("18 of 24 h"), the grade as a
/// coloured chip, a small chart, and the fingerprint with Copy and Verify. Verify recomputes the
/// fingerprint from the readings stored now. Without a store (a preview before attaching) only
/// the figures show.
class EvidenceCard : public QFrame
{
    Q_OBJECT

public:
    EvidenceCard(core::Store* store, core::sensor::Evidence evidence, QWidget* parent = nullptr);

    const core::sensor::Evidence& evidence() const { return m_evidence; }
    /// Recomputes the fingerprint; the result shows beside the button.
    void verify();
    /// The text beside Verify ("" before the first verify).
    QString verifyResult() const;
    void setRemovable(bool removable);

signals:
    void removeRequested(const QString& evidenceId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslate();

    core::Store* m_store;
    core::sensor::Evidence m_evidence;
    QLabel* m_title = nullptr;
    QLabel* m_series = nullptr;
    QLabel* m_window = nullptr;
    QLabel* m_grade = nullptr;
    QLabel* m_mean = nullptr;
    QLabel* m_max = nullptr;
    QLabel* m_overBad = nullptr;
    QLabel* m_coverage = nullptr;
    EvidenceSparkline* m_chart = nullptr;
    QLabel* m_fingerprint = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_verify = nullptr;
    QLabel* m_verifyResult = nullptr;
    QPushButton* m_remove = nullptr;
    int m_verified = -1; ///< -1 not yet, 0 changed, 1 unchanged, 2 error
    QString m_verifyError;
};

/// The evidence cards of one problem, under a heading; hidden when the problem has none.
/// Removing a card goes through the undo stack; the list reloads after every undo or redo.
class EvidenceCardList : public QWidget
{
    Q_OBJECT

public:
    explicit EvidenceCardList(core::Store& store, QWidget* parent = nullptr);

    /// Shows a problem's evidence; an empty id shows nothing.
    void setProblem(const std::string& problemId);
    /// Reads the shown problem's evidence again (cards whose rows did not change stay as they are).
    void reload();
    /// Removing is offered only with an undo stack.
    void setUndoStack(QUndoStack* stack, CommandErrorHandler onError = {});
    QList<EvidenceCard*> cards() const;

signals:
    void errorOccurred(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void removeEvidence(const QString& evidenceId);

    core::Store& m_store;
    std::string m_problemId;
    std::vector<std::string> m_shown; ///< ids and fingerprints of the cards shown
    QPointer<QUndoStack> m_undoStack;
    CommandErrorHandler m_onError;
    QLabel* m_heading = nullptr;
    QVBoxLayout* m_cardLayout = nullptr;
};

} // namespace balgul::ui
