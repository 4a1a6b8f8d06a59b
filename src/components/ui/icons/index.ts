/**
 * Material icons as SVG path data, for <Icon> (../icon.tsx): the shapes of @mui/icons-material's components without
 * their SvgIcon and emotion. The paths are copied from @mui/icons-material 9.5.0 (MIT) and
 * @mui/material/internal/svg-icons (the Alert's icons); the icons are Google's Material Icons (Apache-2.0).
 * Add an icon the same way: copy the `d` string from `node_modules/@mui/icons-material/<Name>.mjs` into a module of
 * its own here, and export it below.
 *
 * One module per icon: the bundler puts a module whole into one chunk, so icons sharing a module would all ship in the
 * shell, which draws a few of them; apart, each page's chunk carries only the icons it draws.
 */
export type { IconShape } from './icon-shape';
export { AccountCircleIcon } from './account-circle';
export { AddIcon } from './add';
export { ArrowBackIcon } from './arrow-back';
export { ArrowDownwardIcon } from './arrow-downward';
export { ArrowDropDownIcon } from './arrow-drop-down';
export { ArticleOutlinedIcon } from './article-outlined';
export { BlockIcon } from './block';
export { CancelIcon } from './cancel';
export { ChatBubbleOutlinedIcon } from './chat-bubble-outlined';
export { CheckCircleIcon } from './check-circle';
export { CheckCircleOutlinedIcon } from './check-circle-outlined';
export { CheckIcon } from './check';
export { ChevronLeftIcon } from './chevron-left';
export { ChevronRightIcon } from './chevron-right';
export { ClearIcon } from './clear';
export { CloseIcon } from './close';
export { CloudOffIcon } from './cloud-off';
export { CloudOffOutlinedIcon } from './cloud-off-outlined';
export { CompareArrowsIcon } from './compare-arrows';
export { ContentCopyIcon } from './content-copy';
export { DarkModeIcon } from './dark-mode';
export { DataObjectIcon } from './data-object';
export { DeleteOutlinedIcon } from './delete-outlined';
export { DownloadIcon } from './download';
export { ErrorIcon } from './error';
export { ErrorOutlineIcon } from './error-outline';
export { EventBusyIcon } from './event-busy';
export { FilterListOffIcon } from './filter-list-off';
export { FirstPageIcon } from './first-page';
export { HelpIcon } from './help';
export { HourglassTopIcon } from './hourglass-top';
export { InfoOutlinedIcon } from './info-outlined';
export { KeyboardArrowDownIcon } from './keyboard-arrow-down';
export { KeyboardArrowUpIcon } from './keyboard-arrow-up';
export { LastPageIcon } from './last-page';
export { LightModeIcon } from './light-mode';
export { LockOutlinedIcon } from './lock-outlined';
export { LogoutIcon } from './logout';
export { NewReleasesOutlinedIcon } from './new-releases-outlined';
export { NotificationsOffIcon } from './notifications-off';
export { NotificationsOffOutlinedIcon } from './notifications-off-outlined';
export { NotificationsOutlinedIcon } from './notifications-outlined';
export { PauseCircleIcon } from './pause-circle';
export { PauseCircleOutlinedIcon } from './pause-circle-outlined';
export { PlayArrowIcon } from './play-arrow';
export { PlayCircleIcon } from './play-circle';
export { PlayCircleOutlinedIcon } from './play-circle-outlined';
export { RefreshIcon } from './refresh';
export { RemoveCircleOutlinedIcon } from './remove-circle-outlined';
export { ReportProblemIcon } from './report-problem';
export { ReportProblemOutlinedIcon } from './report-problem-outlined';
export { ScheduleIcon } from './schedule';
export { SearchIcon } from './search';
export { SettingsBrightnessIcon } from './settings-brightness';
export { SkipNextIcon } from './skip-next';
export { SuccessOutlinedIcon } from './success-outlined';
export { TableRowsIcon } from './table-rows';
export { TouchAppIcon } from './touch-app';
export { ViewColumnIcon } from './view-column';
export { ViewTimelineIcon } from './view-timeline';
export { WarningAmberIcon } from './warning-amber';
export { WorkOutlinedIcon } from './work-outlined';
export { WrapTextIcon } from './wrap-text';
