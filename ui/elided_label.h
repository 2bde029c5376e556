#pragma once

#include <QLabel>
#include <QString>

namespace balgul::ui {

/// A one-line label that shows as much of its text as fits, with "…" where it is cut, and the
/// whole text as its tooltip. Its minimum width is a few characters whatever the text, so a long
/// name never makes a window wider.
class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget* parent = nullptr);

    void setFullText(const QString& text);
    QString fullText() const { return m_fullText; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateShownText();

    QString m_fullText;
};

} // namespace balgul::ui
