import QtQuick
import Brug
import QtQuick.Controls
import QtQuick.Layouts

// The sync state, always visible: a word, progress while syncing, and a button to sync now.
RowLayout {
    id: badge
    property bool compact: false
    spacing: 4

    BusyIndicator {
        running: SyncStatus.busy
        visible: running
        implicitWidth: 28
        implicitHeight: 28
    }
    Label {
        visible: !badge.compact
        text: SyncStatus.busy && SyncStatus.progress > 0
              ? qsTr("Syncing… %1%").arg(Language.number(Math.round(SyncStatus.progress * 100)))
              : SyncStatus.stateText
        color: "white"
        font.pixelSize: Theme.smallFont
        elide: Text.ElideRight
        Layout.maximumWidth: 220
    }
    ToolButton {
        icon.source: SyncStatus.state === SyncStatus.UpToDate ? "icons/check.svg"
                   : SyncStatus.state === SyncStatus.Error ? "icons/warning.svg" : "icons/sync.svg"
        icon.color: "white"
        enabled: !SyncStatus.busy && SyncStatus.state !== SyncStatus.NotEnrolled
        onClicked: SyncStatus.syncNow()
        Accessible.name: qsTr("Sync now") + ". " + SyncStatus.stateText
        ToolTip.visible: hovered
        ToolTip.text: SyncStatus.detailText || SyncStatus.stateText
    }
}
