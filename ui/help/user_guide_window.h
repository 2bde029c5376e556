#pragma once

#include <QDialog>

class QTextBrowser;

namespace balgul::ui {

/// The user guide (docs/user-guide*.md with its screenshots) in a window of its own beside the
/// main window; links to the web open in the browser.
class UserGuideWindow : public QDialog
{
    Q_OBJECT

public:
    /// Shows the guide at `path`; an unreadable file leaves the window empty (see loaded()).
    explicit UserGuideWindow(const QString& path, QWidget* parent = nullptr);

    bool loaded() const;
    QTextBrowser* browser() const { return m_browser; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fitImages();

    QTextBrowser* m_browser = nullptr;
};

} // namespace balgul::ui
