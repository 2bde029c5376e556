#pragma once

#include <QDialog>
#include <QString>

#include <cstdint>
#include <string>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QVBoxLayout;

namespace balgul::core {
class Store;
}

namespace balgul::ui {

/// Attaches a window of a sensor series to a problem: shows the figures the evidence card will
/// show (computed from the stored readings), a searchable list of problems with the selected one
/// chosen, and a label. Accepting does not write anything: the caller pushes an
/// AttachEvidenceCommand with problemId(), label() and the series and window.
class AttachEvidenceDialog : public QDialog
{
    Q_OBJECT

public:
    /// Problems listed at most at once (a search narrows them).
    static constexpr int kMaxProblems = 200;

    AttachEvidenceDialog(core::Store& store, std::int64_t seriesId, std::int64_t from, std::int64_t to,
                         std::int64_t selectedProblemRowid = 0, QWidget* parent = nullptr);

    std::int64_t seriesId() const { return m_seriesId; }
    std::int64_t from() const { return m_from; }
    std::int64_t to() const { return m_to; }
    /// The chosen problem's id, or "".
    std::string problemId() const;
    QString label() const;
    /// True when the window has readings and a problem is chosen.
    bool canAttach() const;
    /// Why the window cannot be attached ("" when it can).
    QString previewError() const { return m_previewError; }

    // For tests and scripted use.
    void setSearchText(const QString& text);
    void setLabel(const QString& label);
    /// Chooses a listed problem; false when it is not listed.
    bool chooseProblem(const std::string& problemId);
    int listedProblems() const;

private:
    void buildPreview();
    void refreshProblems();
    void updateButtons();

    core::Store& m_store;
    std::int64_t m_seriesId;
    std::int64_t m_from;
    std::int64_t m_to;
    std::string m_initialProblem;
    bool m_previewOk = false;
    QString m_previewError;
    QVBoxLayout* m_previewLayout = nullptr;
    QLineEdit* m_search = nullptr;
    QListWidget* m_problems = nullptr;
    QLineEdit* m_label = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace balgul::ui
