#pragma once

#include <QWidget>

#include <string>

class QLabel;
class QVBoxLayout;

namespace balgul::core {
class Store;
}

namespace balgul::ui {

/// A problem's status history, newest first: who, when, from → to, the reason of a closing and the
/// note. Everyone may read it. Entries are QLabels named "statusHistoryEntry" (for tests).
class StatusHistoryView : public QWidget
{
    Q_OBJECT

public:
    explicit StatusHistoryView(core::Store& store, QWidget* parent = nullptr);

    /// Shows the history of a problem ("" shows nothing).
    void showProblem(const std::string& problemId);
    /// Reads the history again (after a change of the problem).
    void refresh();
    int entryCount() const { return m_count; }

protected:
    void changeEvent(QEvent* event) override;

private:
    core::Store& m_store;
    std::string m_problemId;
    QLabel* m_heading = nullptr;
    QLabel* m_none = nullptr;
    QVBoxLayout* m_entries = nullptr;
    int m_count = 0;
};

} // namespace balgul::ui
