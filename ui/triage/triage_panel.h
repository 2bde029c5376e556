#pragma once

#include <QWidget>

#include <cstdint>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace balgul::core {
class Store;
struct StoreChange;
} // namespace balgul::core

namespace balgul::ui {

/// The coordinator's triage queue: new and reopened problems and the most supported open ones,
/// oldest first, with their counts; "Set status…" on the selected one. Follows the store, reading
/// once per burst of changes when the event loop is back.
/// Widgets for tests: triageList, triageCounts, triageSetStatus.
class TriagePanel : public QWidget
{
    Q_OBJECT

public:
    /// `active`: see setActive.
    explicit TriagePanel(core::Store& store, QWidget* parent = nullptr, bool active = true);
    ~TriagePanel() override;

    int newCount() const { return m_new; }
    int reopenedCount() const { return m_reopened; }
    int supportedCount() const { return m_supported; }
    /// The counts as the status bar says them.
    QString countsText() const;
    /// Reads the queue again.
    void refresh();
    /// An inactive queue (an account that is not a coordinator's) does not follow the store; made
    /// active again it reads the queue at once.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    /// Opens the status dialog for the selected problem (a test may answer it through `prepare`).
    void setStatusOfSelected();
    std::int64_t selectedRowid() const;

signals:
    /// A problem of the queue was chosen.
    void problemSelected(std::int64_t rowid);
    /// The counts changed.
    void countsChanged();
    /// A store operation failed; the message is for the user.
    void errorOccurred(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void onStoreChange(const core::StoreChange& change);
    void retranslate();

    core::Store& m_store;
    int m_listener = 0;
    QLabel* m_counts = nullptr;
    QTreeWidget* m_list = nullptr;
    QPushButton* m_setStatus = nullptr;
    int m_new = 0;
    int m_reopened = 0;
    int m_supported = 0;
    bool m_active = true;
    bool m_stale = false;         ///< the store changed since the queue was last read
    bool m_refreshQueued = false; ///< a read is waiting for the event loop
};

} // namespace balgul::ui
