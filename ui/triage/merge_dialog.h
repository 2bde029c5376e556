#pragma once

#include <QDialog>

#include <string>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTimer;

namespace balgul::core {
class Store;
}

namespace balgul::ui {

/// "Mark as duplicate…": picks the problem a duplicate is merged into, among the live problems that
/// are not duplicates themselves (nearest first, searched by title), with a note everyone reads.
/// The dialog only chooses; the caller merges (one step of Edit ▸ Undo). Widgets for tests:
/// mergeSearch, mergeCandidates, mergeNote.
class MergeDialog : public QDialog
{
    Q_OBJECT

public:
    MergeDialog(core::Store& store, const std::string& duplicateId, QWidget* parent = nullptr);

    /// The chosen problem's id ("" when none).
    std::string keptId() const;
    std::string note() const;
    /// How many problems are offered now.
    int candidateCount() const;
    /// Chooses an offered problem by id; false when it is not offered.
    bool choose(const std::string& keptId);

    /// The most problems offered at once.
    static constexpr int kMaxCandidates = 50;

private:
    void refill();
    void updateOk();

    core::Store& m_store;
    std::string m_duplicateId;
    double m_lat = 0;
    double m_lon = 0;
    QLabel* m_intro = nullptr;
    QLineEdit* m_search = nullptr;
    QTimer* m_searchTimer = nullptr;
    QListWidget* m_candidates = nullptr;
    QLabel* m_none = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace balgul::ui
