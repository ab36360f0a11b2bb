/** The hooks a controller may have; each is called by its host at that point of the host's life. */
export interface HostHooks {
  hostConnected?(): void;
  hostDisconnected?(): void;
  hostUpdated?(): void;
}

/**
 * What a controller needs of its element: to be told of the element's life, and to ask it to render again.
 * Lit's `ReactiveControllerHost` satisfies it; a test gives a plain object.
 */
export interface ControllerHost {
  addController(controller: HostHooks): void;
  requestUpdate(): void;
}
