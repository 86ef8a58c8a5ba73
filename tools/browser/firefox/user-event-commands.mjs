// `userEvent` for Firefox: every click, hover and key press is a WebDriver BiDi input action
// (input.performActions), which Firefox dispatches as real input: focus moves, default actions run, and
// events are trusted, as with Playwright in Chromium. Only <select> picks and `fill` set values directly,
// as Playwright does too (a native dropdown has no page coordinates to click).
import { parseKeyDef } from '@vitest/browser';

/** How long a command waits for its element to appear, like Playwright's auto-waiting. */
const FIND_ATTEMPTS = 50;
const FIND_INTERVAL_MS = 100;

/** The element `selector` names in the test frame, as an element handle. */
async function elementFor(context, selector) {
  const frame = await context.frame();
  for (let attempt = 0; ; attempt++) {
    const handle = await frame.evaluateHandle((query) => globalThis.__klFindBySelector(query), selector);
    const element = handle.asElement();
    if (element) return element;
    await handle.dispose();
    if (attempt >= FIND_ATTEMPTS) throw new Error(`No element matches ${selector}`);
    await new Promise((resolve) => setTimeout(resolve, FIND_INTERVAL_MS));
  }
}

const MOUSE_BUTTONS = { left: 'left', right: 'right', middle: 'middle' };

function clickOptions(options = {}, count = 1) {
  return {
    count,
    button: MOUSE_BUTTONS[options.button] ?? 'left',
    ...(options.position ? { offset: options.position } : {}),
  };
}

async function clickTimes(context, selector, options, count) {
  const element = await elementFor(context, selector);
  try {
    await element.click(clickOptions(options, count));
  } finally {
    await element.dispose();
  }
}

/** Moves focus into the test frame when nothing there has it, so key presses reach the test page. */
async function focusTestFrame(context) {
  const frame = await context.frame();
  await frame.evaluate(() => {
    const active = document.activeElement;
    if (!active || active.ownerDocument !== document || active === document.body) window.focus();
  });
}

/**
 * Presses the keys of Vitest's keyboard syntax (`{Shift>}{Tab}{/Shift}`, `[ArrowDown]`, plain text)
 * one by one. Returns the keys still held down, which Vitest passes to the next call.
 */
async function pressKeys(context, text, held) {
  const { keyboard } = context.page;
  for (const { releasePrevious, releaseSelf, repeat, keyDef } of parseKeyDef(text)) {
    const key = keyDef.key;
    if (held.has(key)) {
      await keyboard.up(key);
      held.delete(key);
    }
    if (releasePrevious) continue;
    if (key === 'selectall') {
      const frame = await context.frame();
      await frame.evaluate(() => {
        const active = document.activeElement;
        if (active && typeof active.select === 'function') active.select();
      });
      continue;
    }
    for (let i = 0; i < repeat; i++) await keyboard.down(key);
    if (releaseSelf) await keyboard.up(key);
    else held.add(key);
  }
}

async function keyboardCommand(context, text, state) {
  await focusTestFrame(context);
  const held = new Set(state.unreleased);
  await pressKeys(context, text, held);
  return { unreleased: [...held] };
}

async function keyboardCleanup(context, state) {
  for (const key of state.unreleased ?? []) await context.page.keyboard.up(key);
}

async function tab(context, options = {}) {
  await focusTestFrame(context);
  const { keyboard } = context.page;
  if (options.shift === true) {
    await keyboard.down('Shift');
    await keyboard.press('Tab');
    await keyboard.up('Shift');
  } else {
    await keyboard.press('Tab');
  }
}

async function type(context, selector, text, options = {}) {
  const held = new Set(options.unreleased ?? []);
  if (!options.skipClick) await clickTimes(context, selector, {}, 1);
  await pressKeys(context, text, held);
  if (!options.skipAutoClose) {
    for (const key of held) await context.page.keyboard.up(key);
    held.clear();
  }
  return { unreleased: [...held] };
}

/** Picks options by value or label (Playwright's rule) and fires `input` and `change`, as a user's pick does. */
async function selectOptions(context, selector, values) {
  const select = await elementFor(context, selector);
  const frame = await context.frame();
  const optionHandles = [];
  try {
    const wanted = [];
    for (const value of values) {
      if (typeof value === 'string') wanted.push(value);
      else {
        const option = await elementFor(context, value.element);
        optionHandles.push(option);
        wanted.push(option);
      }
    }
    await frame.evaluate(
      (element, ...picks) => {
        if (!(element instanceof HTMLSelectElement)) throw new Error('Not a <select> element');
        const options = [...element.options];
        const chosen = picks.map((pick) => {
          const option =
            typeof pick === 'string'
              ? options.find((candidate) => candidate.value === pick || candidate.label === pick)
              : pick;
          if (!option) throw new Error(`No option "${String(pick)}"`);
          return option;
        });
        for (const option of options) option.selected = chosen.includes(option);
        element.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        element.dispatchEvent(new Event('change', { bubbles: true }));
      },
      select,
      ...wanted,
    );
  } finally {
    await select.dispose();
    for (const option of optionHandles) await option.dispose();
  }
}

async function fill(context, selector, text) {
  const element = await elementFor(context, selector);
  try {
    await element.click();
    await element.evaluate((input, value) => {
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }, text);
  } finally {
    await element.dispose();
  }
}

async function hover(context, selector) {
  const element = await elementFor(context, selector);
  try {
    await element.hover();
  } finally {
    await element.dispose();
  }
}

async function wheel(context, selector, options) {
  await hover(context, selector);
  const times = options.times ?? 1;
  for (let i = 0; i < times; i++)
    await context.page.mouse.wheel({ deltaX: options.delta?.x ?? 0, deltaY: options.delta?.y ?? 0 });
}

function unsupported(name) {
  return () => {
    throw new Error(`userEvent.${name} is not implemented for Firefox (tools/browser/firefox).`);
  };
}

/** Vitest's built-in command names (`__vitest_*`) and their Firefox implementations. */
export const userEventCommands = {
  __vitest_click: (context, selector, options) => clickTimes(context, selector, options, 1),
  __vitest_dblClick: (context, selector, options) => clickTimes(context, selector, options, 2),
  __vitest_tripleClick: (context, selector, options) => clickTimes(context, selector, options, 3),
  __vitest_hover: hover,
  __vitest_wheel: wheel,
  __vitest_keyboard: keyboardCommand,
  __vitest_cleanup: keyboardCleanup,
  __vitest_tab: tab,
  __vitest_type: type,
  __vitest_fill: fill,
  __vitest_clear: (context, selector) => fill(context, selector, ''),
  __vitest_selectOptions: selectOptions,
  __vitest_dragAndDrop: unsupported('dragAndDrop'),
  __vitest_upload: unsupported('upload'),
  __vitest_takeScreenshot: unsupported('screenshot'),
};
