#pragma once

#include "core/domain/problem.h"

#include <QList>
#include <QString>
#include <QWidget>

#include <vector>

class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace balgul::ui {

/// "Similar problems within about 200 m (N)": possible duplicates of a problem being logged,
/// each with its title, distance and support count and a "Support this instead" button.
///
/// Its height never changes: the entries scroll inside it, and with nothing to show it says
/// what it is for. A form holding it does not move while the user types.
class SimilarProblemsBox : public QWidget
{
    Q_OBJECT

public:
    explicit SimilarProblemsBox(QWidget* parent = nullptr);

    /// Shows `problems`, with distances measured from (lat, lon).
    void setProblems(const std::vector<core::Problem>& problems, double lat, double lon);
    void clear();
    int count() const { return static_cast<int>(m_ids.size()); }
    /// The title line of entry `index` (test seam).
    QString entryText(int index) const;
    /// The "Support this instead" buttons, top to bottom (for the form's tab order).
    QList<QWidget*> supportButtons() const;

signals:
    /// The user would rather support an existing problem (its id) than log a new one.
    void supportRequested(const QString& problemId);

private:
    QLabel* m_heading;
    QLabel* m_none;
    QScrollArea* m_scroll;
    QWidget* m_entries;
    QVBoxLayout* m_entriesLayout;
    std::vector<QString> m_ids;
    std::vector<QLabel*> m_labels;
    QList<QWidget*> m_buttons;
};

/// "85 m", "1.2 km".
QString distanceText(double meters);

} // namespace balgul::ui
